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
from itertools import islice, pairwise, product

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import fold
from tg_archiver.archive.asian_names import a_chinese_name, in_a_chinese_name
from tg_archiver.archive.capitals import held_to_capitals
from tg_archiver.archive.cleaning import in_one_script
from tg_archiver.archive.english_words import is_common_english_word
from tg_archiver.archive.given_names import given_name, latin_name
from tg_archiver.archive.misspellings import one_slip, replaced
from tg_archiver.archive.name_twins import compound_twin, named_spans, whole_name_twin
from tg_archiver.archive.other_spellings import (
    LATIN_WORD,
    abbreviated,
    held_forms,
    korean,
    korean_runs,
    name_readings,
    translated,
)
from tg_archiver.archive.other_spellings import candidates as spellings_of
from tg_archiver.archive.particles import particle
from tg_archiver.archive.place_adjectives import place_of_adjective
from tg_archiver.archive.query import SearchQuery, searched_as
from tg_archiver.archive.query_joins import day_tag
from tg_archiver.archive.query_terms import Or, Term, core_word, is_stop_word, scan
from tg_archiver.archive.query_titles import without_titles
from tg_archiver.archive.sound_keys import beginnings, in_latin, sound_key, sound_keys
from tg_archiver.archive.store.corrections import ArchiveWords, likeness
from tg_archiver.archive.store.records import SearchHit
from tg_archiver.archive.typed_dates import is_day, is_year, is_year_word, other_month

__all__ = [
    "as_the_posts_write",
    "has_other_script",
    "in_both_scripts",
    "one_form_each",
    "one_script_query",
    "other_script_query",
    "scripts_of",
    "small_latin_words",
]

_CYRILLIC = lazy_re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = lazy_re.compile(r"[a-z]", re.IGNORECASE)
# Words closed up, each with its capital («РоссияКитай», «МИДРоссии»; not "DeSantis").
_CLOSED_UP = lazy_re.compile(r"[a-zа-яё]{2}[A-ZА-ЯЁ][a-zа-яё]|[A-ZА-ЯЁ]{2}[a-zа-яё]")
# A closed-up tag's words: each from its capital ("СоветЕвропы": «Совет», «Европы»).
_TAG_WORD = lazy_re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+|[A-ZА-ЯЁ]+(?![a-zа-яё])|\d+")
_INITIALS = lazy_re.compile(r"(?:[A-ZА-ЯЁ]\.-?\s?){1,3}")  # «С.В.», "S.", «Ж.-Н.»
_MOST = 4  # spellings of one word at most
_COMBOS = 16  # a Korean name's spellings tried together, at most
_SOUNDS = 3  # consonants a name's sound has, at least, to be looked for by it
_BEGINNINGS = 6  # the other script's beginnings a name sounding alike is read by, at most
_SLIPPED = 3  # spellings of one word whose words one slip away are asked, at most


def has_other_script(query: SearchQuery) -> bool:
    """Whether ``query`` may be written in the other script: every word of it has spellings
    there to look up (no look-up made; a common word, a Latin word in small letters, a
    quoted phrase: no)."""
    return query.match is not None and _plan(query.text) is not None


def scripts_of(query: SearchQuery) -> tuple[str, str] | None:
    """The two scripts of ``query`` when it has words of both (`Putin Тяньцзинь`, «Лавров
    SCO»), Cyrillic first: such a search is mostly a Russian one with a name or an
    abbreviation in Latin letters («саммит BRICS», «Мерц Taurus»), whose posts come first;
    None otherwise (no look-up made)."""
    if query.match is None or not _of_both(query.text):
        return None
    return "cyrillic", "latin"


@lru_cache(maxsize=256)
def _of_both(text: str) -> bool:
    terms, _ = scan(text)
    return {_script(t.body) for t in terms if isinstance(t, Term)} >= {"cyrillic", "latin"}


async def one_script_query(
    words: ArchiveWords, query: SearchQuery, script: str
) -> SearchQuery | None:
    """``query``, of words of both scripts, with each word of the other also written as
    ``script`` writes it, as typed or so ("Putin Тяньцзинь OR Tianjin"; "Putin OR Путин
    Тяньцзинь": session 48), when each has a spelling there the archive holds; None
    otherwise. A post seldom writes a name in both scripts, so as typed such a search found
    next to nothing: a search's posts of either script are those of its two such queries
    (and a post writing a word in the other script, «саммит BRICS», is found still)."""
    other = "latin" if script == "cyrillic" else "cyrillic"
    return await other_script_query(words, query, only=other, keep_typed=True)


async def other_script_query(
    words: ArchiveWords, query: SearchQuery, *, only: str = "", keep_typed: bool = False
) -> SearchQuery | None:
    """``query`` as the other script writes it, when every word of it has a spelling there
    that the archive holds (see the module's notes); None otherwise. ``only``: the words of
    that script alone, the others left as typed; ``keep_typed``: each word as typed too, OR
    its spelling (:func:`one_script_query`)."""
    plan = _plan(query.text, only)
    if plan is None:
        return None
    whole, each = plan
    if whole:
        return searched_as(whole, query)
    # Every word's candidates asked of the archive at once, a Russian one in its cases too:
    # a foreign name a post writes declined only («Чунцина», «Вэйдуном»).
    # A hyphenated spelling («Чжэ-Мён») is held when each of its words is.
    spelt = {c: held_forms(c) for _, _, candidates in each for c in candidates}
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
    # So too two capitalised words side by side, a given name and a surname of a language
    # whose names Russian reads by its rules («Карлуш Моэдаш», not «Карлос Моэдаш»: the
    # archive holds Carlos Alcaraz's «Карлос» too; session 55).
    typed_words = [typed for typed, _, _ in each]
    runs = [
        *korean_runs(typed_words),
        *(
            [k, k + 1]
            for k, (one, other) in enumerate(pairwise(typed_words))
            if one[:1].isupper()
            and other[:1].isupper()
            and max(len(chosen[one]), len(chosen[other])) > 1
        ),
    ]
    for run in runs:
        combos = product(*(chosen[each[k][0]] or ("",) for k in run))
        for combo in islice(combos, _COMBOS):
            if all(combo) and await words.finds(f'"{" ".join(combo)}"'):
                chosen.update({each[k][0]: (s,) for k, s in zip(run, combo, strict=True)})
                break
    missing = [(typed, candidates) for typed, _, candidates in each if not chosen[typed]]
    near = await _one_slip_away(words, missing) if missing else {}
    for typed, candidates in missing:
        # A word excluded is looked for as a word asked for is («-Хезболла»: the archive's
        # "Hezbollah", one slip from "Hezbolla"; «-Трамп»: "Trump"; session 51).
        name = typed.removeprefix("-")
        found = near.get(typed, ())
        first = candidates[0][:1].casefold() if candidates else ""
        if not found or all(translated(w) or w[:1].casefold() != first for w in found):
            # A place the tables name one slip away, or a word a slip away in its first
            # letter, is taken after a name that sounds alike («Делси»: "Delcy", not
            # "Delhi", whose name is «Дели»; «Вэнс»: "Vance", not "Jens"; session 53), but
            # it is the one when none does («Хониарра»: "Honiara").
            found = await _sounding_alike(words, core_word(name) or name) or found
        if not found and LATIN_WORD.fullmatch(name):
            # A Russian name a post writes only in another case (Kursk: «Курской»).
            found = tuple([r for r in candidates[:2] if await words.finds(r)])
        if not found and typed[:1] == "-":
            chosen[typed] = (name,)  # a word excluded that no post holds: as typed
            continue
        if not found and keep_typed:
            chosen[typed] = (typed,)  # no post of that script writes it: as typed alone
            continue
        if not found:
            return None
        chosen[typed] = found
    named = {typed_words[k] for run in korean_runs(typed_words) for k in run}
    # A person typed with a given name: both words names, though English words ("Penny
    # Wong", "Mark Brown"; session 53).
    for one, other in pairwise(typed_words):
        if given_name(one, other):
            named.update((one, other))
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
    text = in_one_script(_unasked(query.text))
    for typed, stand_for in chosen.items():
        if typed[:1] == "-":  # a word excluded: as typed and as its one twin (_excluded)
            stand_for = (typed if stand_for[0] == typed[1:] else f"{typed} -{stand_for[0]}",)
        elif keep_typed and stand_for != ("",):
            stand_for = tuple(dict.fromkeys((typed, *stand_for)))
        text = replaced(text, typed, stand_for)
    return searched_as(text, query)


# (typed, its spellings found already, or its candidates to look up) for each word
_Each = tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]


def one_form_each(text: str) -> str:
    """``text`` (a search as typed) with each OR of one word's forms written as its first
    («Джайшанкара OR Джайшанкаром»: what a misspelt «Джайшанкр» is corrected to, the
    archive's words one slip away; session 52): the other script spells them alike, and
    asks nothing of a search with an OR. Other ORs are left."""
    words = text.split()
    out: list[str] = []
    k = 0
    while k < len(words):
        out.append(words[k])
        end = k + 1
        while end + 1 < len(words) and words[end] == "OR" and _forms(words[k], words[end + 1]):
            end += 2
        k = end
    return " ".join(out) if len(out) < len(words) else text


def _forms(one: str, other: str) -> bool:
    """Whether two words typed are forms of one: letters alone, the same beginning but for
    their last three letters (at least four letters): ``dedup_words.same_word``'s reading,
    which a search does not import (it loads the typo and transliteration tables)."""
    x, y = one.casefold(), other.casefold()
    stem = max(4, min(len(x), len(y)) - 3)
    return x.isalpha() and y.isalpha() and min(len(x), len(y)) >= 4 and x[:stem] == y[:stem]


@lru_cache(maxsize=256)
def _plan(text: str, only: str = "") -> tuple[str, _Each] | None:
    """What :func:`other_script_query` asks of the archive for the search ``text``: a name
    spelled out's twin (the whole search), or each word's spellings or candidates; None when
    a word has none. ``only``: a search of both scripts, whose words of that script alone
    are asked for (the others left as typed; "" for a search of one script). Pure: a search
    typed again (the web's next page) takes it from here."""
    terms, _ = scan(_unasked(text))
    terms = without_titles(terms)  # a title before a name: not asked (query_titles.py)
    if any(isinstance(t, Or) for t in terms):
        return None
    plain = [t for t in terms if isinstance(t, Term)]
    scripts = {_script(t.body) for t in plain} - {""}
    if len(scripts) != (2 if only else 1):
        return None
    if any((t.quoted or t.prefix) and _script(t.body) in (only or scripts) for t in plain):
        return None
    # A name spelled out (Организация Объединённых Наций, "World Health Organization"): its
    # abbreviation's twin, which that script's search spells out in turn; a place of several
    # words (Курская область, "New York"); a body of several words the bilingual table lists
    # («СБ ООН», "UN General Assembly", session 48): their names there (name_twins.py).
    if (
        len(plain) > 1
        and not only
        and not any(t.negated or t.quoted or t.prefix for t in plain)
        and (whole := whole_name_twin(" ".join(t.body for t in plain)))
    ):
        return whole, ()
    each: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
    bodies = [t.body for t in plain]
    # Such a name among other words ("White House Armenia Azerbaijan"; session 49).
    spans = named_spans([t.body if _is_plain(t, only) else "" for t in plain])
    inside = 0
    for i, term in enumerate(plain):
        if i < inside:
            continue  # a word of a name of several words, asked for whole
        if i in spans:
            inside, whole_twin = spans[i]
            each.append((" ".join(t.typed for t in plain[i:inside]), (whole_twin,), ()))
            continue
        if not _script(term.body) or (only and _script(term.body) != only):
            continue  # a number, a date: the same in both; a word left as typed
        if term.negated:
            # A word excluded is excluded from the other script's posts too, as that script
            # writes it ("SCO -Tianjin": «-Тяньцзинь»; session 48); a common word with no
            # twin there («-лодка») only where it is written.
            if (excluded := _excluded(term)) is not None:
                each.append(excluded)
            continue
        if tagged := day_tag(term.body):
            # A day's hashtag closed up (#9мая): the day as the other language writes it.
            if month := other_month(tagged[2]):
                each.append((term.body, (f"{tagged[1]} {month}",), ()))
                continue
            return None
        # A hashtag by its word («#Лавров»: "#Lavrov"; the '#' stays where it is typed).
        typed = term.body[1:] if term.body[:1] == "#" and len(term.body) > 2 else term.body
        if "_" in typed or _CLOSED_UP.search(typed):
            # A tag's words joined (#Россия_Китай, #РоссияКитай): no one twin, unless they
            # name one thing the tables list whole (#СоветЕвропы: "Council of Europe";
            # #WorldFoodDay; session 52).
            words = " ".join(_TAG_WORD.findall(typed))
            if term.body[:1] != "#" or not (whole := whole_name_twin(words)):
                return None
            each.append((term.body, (whole,), ()))
            continue
        # A Latin word in small letters is rather a word than a name: asked nothing (the
        # bench's rare term, "mimira", reads as Japanese syllables), unless the search is a
        # Chinese or Korean name typed so ("xi jinping", "kim jong un").
        as_korean = korean(bodies, i)
        asian_name = bool(as_korean) or a_chinese_name(bodies)
        if twin := particle(bodies, i):
            each.append((typed, twin, ()))  # "bin" in "Faisal bin Farhan": «бен»
            continue
        # «в Пекине», "in Beijing": no post need hold it, in either script; but a Chinese
        # name's «И» («с Ван И»), not "in" (a syllable only in a name: "Guterres in Kazan").
        stop = is_stop_word(term) and len(plain) > 1 and not asian_name
        if stop and ((typed.isascii() and typed.islower()) or not in_a_chinese_name(bodies, i)):
            continue
        # An Arabic name by its word, its article left out ("al-Shibani", «аш-Шейбани»: the
        # other script writes it otherwise, or not at all), a possessive by its noun.
        word = core_word(typed) or typed
        # An abbreviation typed in small letters (`rsf`, `sco`: archive/abbreviations.py,
        # no English word; session 52) is one still.
        small = word.isascii() and not word[:1].isupper() and not asian_name
        if small and not (term.body == word and abbreviated(word)):
            return None
        if is_year_word(term.body) and i and is_year(bodies[i - 1]):
            each.append((term.typed, ("",), ()))  # «2025 года»: the year's word, left out
            continue
        if _INITIALS.fullmatch(term.typed) and i + 1 < len(plain):
            # A person's initials before the surname («С.В. Лавров», "S. Jaishankar"): the
            # other script's posts name them otherwise ("Sergey Lavrov"), so by the surname.
            each.append((term.typed, ("",), ()))
            continue
        fixed = (
            abbreviated(word)
            or translated(word)
            or _of_a_place(word)
            or _month_of_a_day(bodies, i)
            or tuple(filter(None, [compound_twin(word)]))  # "Russia-Africa"
        )
        spellings: tuple[str, ...] = ()
        if not fixed:
            beside = [plain[j].body for j in (i + 1, i - 1) if 0 <= j < len(plain)]
            spellings = (
                *as_korean,
                *in_a_chinese_name(bodies, i),
                *spellings_of(word, beside, titled=bool(term.titled)),
            )
            if not spellings:
                return None
        each.append((typed, fixed, spellings))
    return ("", tuple(each)) if each else None


def _unasked(text: str) -> str:
    """``text`` without a question's mark at its end, which is no letter of its last word
    ("… give Egypt?": "Egypt", as the other script asks for it; session 51)."""
    return text.rstrip().removesuffix("?")


def _excluded(term: Term) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """What :func:`other_script_query` asks for the word ``term`` excludes (``-word``, as
    typed): its twin (an abbreviation's, a place's) or, a name typed with a capital, its
    spellings, of which none held excludes nothing; None when it has neither."""
    word = core_word(term.body) or term.body
    if term.typed != f"-{term.body}":
        return None  # a phrase or a prefix excluded: no one twin
    fixed = abbreviated(word) or translated(word)
    spellings = spellings_of(word, []) if not fixed and word[:1].isupper() else ()
    if not fixed and not spellings:
        return None
    return term.typed, fixed[:1], spellings


def _is_plain(term: Term, only: str) -> bool:
    """Whether ``term`` may be a word of a name of several words asked for whole: a bare
    word (no phrase, prefix or word excluded), of the script asked for."""
    return not (term.quoted or term.prefix or term.negated) and (
        not only or _script(term.body) == only
    )


def _of_a_place(word: str) -> tuple[str, ...]:
    """``word``, a Russian place's adjective typed with a capital («Запорожской АЭС»,
    «Курской»), as the other language names the place ("Zaporizhzhia", "Kursk"), when a
    table of places lists it (archive/place_adjectives.py); empty otherwise."""
    return next((found for place in place_of_adjective(word) if (found := translated(place))), ())


def _month_of_a_day(bodies: list[str], i: int) -> tuple[str, ...]:
    """The month ``bodies[i]`` names in the other language when a day's number is typed
    beside it («15 марта»: "March"; "March 15": «марта»), which that script's search spells
    out as its posts write the day (typed_dates.py; session 47); empty otherwise."""
    # "January 1, 2026": the day's comma is no part of it.
    beside = [bodies[j].rstrip(",") for j in (i - 1, i + 1) if 0 <= j < len(bodies)]
    if not any(is_day(b) for b in beside):
        return ()
    month = other_month(bodies[i])
    return (month,) if month else ()


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
    named = [w for w in found if not _a_word(fold(w)) and not translated(w.capitalize())]
    if not named:
        return ()
    # Alike in Latin letters, the two scripts' words compared letter by letter (as they
    # were, every name was as unlike as another: the tie went to the alphabet's last).
    typed_latin = in_latin(fold(typed))
    best = min(named, key=lambda w: (-SequenceMatcher(None, typed_latin, in_latin(w)).ratio(), w))
    return (best.capitalize(),)


def _a_word(word: str) -> bool:
    """Whether ``word`` (folded) is a word of the English list or the Russian dictionary
    other than a name."""
    if word.isascii():
        return is_common_english_word(word)
    from tg_archiver.archive.lexemes import dictionary  # a Cyrillic word only

    return bool(dictionary().word_is_known(word)) and not name_readings(word)


def _a_name(typed: str) -> bool:
    """Whether ``typed``, found in the other script, is a name rather than a word of the
    English list (Post: «Пост»), a given name aside (Mark). Asked last: the list takes 0.2 s
    to load, which a search whose readings no post holds need not pay."""
    return not typed.isascii() or not is_common_english_word(typed) or latin_name(typed)


def small_latin_words(query: SearchQuery) -> tuple[str, ...]:
    """The words of ``query`` when it is Latin words in small letters alone (``peskov``,
    ``beijing``), which :func:`has_other_script` takes for words; empty otherwise."""
    return () if query.match is None else _small_latin_words(query.text)


@lru_cache(maxsize=256)
def _small_latin_words(text: str) -> tuple[str, ...]:
    terms, _ = scan(text)
    plain = [t for t in terms if isinstance(t, Term)]
    if len(plain) != len(terms) or any(t.negated or t.quoted or t.prefix for t in plain):
        return ()
    bodies = tuple(t.body for t in plain)
    small = all(LATIN_WORD.fullmatch(b) and b.islower() for b in bodies)
    return bodies if small and bodies else ()


def as_the_posts_write(typed: Sequence[str], texts: Sequence[str]) -> str | None:
    """``typed`` (words in small letters) written with capitals where ``texts`` (the posts
    the search found first) write each of them only with one, as a name is ("peskov":
    "Peskov"; "beijing": "Beijing"), or in capitals, as an abbreviation is ("brics":
    "BRICS"); None where a word is written in small letters too (or inside another word:
    "security" in "insecurity", which says "a word" just as well), or not with a capital
    (a word's other forms matched). Substrings, not words: this runs
    for every search in small Latin letters, the bench's rare term's too (a pattern per
    word over the first page's texts was 1.3 ms a search, the substrings some µs)."""
    if any(_written_small(word, text) for word in typed for text in texts):
        return None
    written = []
    for word in typed:
        # With a capital, or in capitals: an abbreviation ("brics": "BRICS", «БРИКС» there;
        # session 48).
        forms = (word.capitalize(), word.upper())
        found = next((f for f in forms if any(f in text for text in texts)), None)
        if found is None:
            return None
        written.append(found)
    return " ".join(written)


def _written_small(word: str, text: str) -> bool:
    """Whether ``text`` holds ``word`` in small letters other than in a link or a handle
    ("www.iaea.org", "@iaeaorg", "#brics_news" say nothing of how a post writes the word:
    session 49's `iaea`)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or text[at - 1] not in _IN_A_LINK) and (
            end == len(text) or text[end] not in _IN_A_LINK
        ):
            return True
        at = text.find(word, at + 1)
    return False


_IN_A_LINK = "./:@_#-="


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

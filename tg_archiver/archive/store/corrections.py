"""A search that found nothing because a word of it is misspelt, searched again with the word
corrected against the archive's words (archive/misspellings.py), on either engine.

Only when the search finds nothing, and only a bare word (not quoted, not a prefix, not
negated; not a Russian word the dictionary knows, which is no typo, nor an English word of the
word list typed in small letters, archive/english_words.py: "noting" is no "nothing"
misspelt; typed with a capital, a Latin word is a name, and corrected) that the archive does
not hold and that alone finds nothing: a search that finds anything costs nothing more. A
word one slip away from the typed one that the archive holds stands for it (several: any of
them, at most _MOST); when none does, a word whose word form is one slip from the typed
word's (Авдевка: «Авдеевку»); when none is, in a word of eight letters or more, a word two
slips away sharing its first three letters (землятресение: «землетрясение»), or with two of
its vowels struck for others (Киргизстан: «Кыргызстана», by its word form). A place the
dictionary knows but no post names is corrected by its vowels only (session 37). The
archive's words: SQLite's word list (store/words.py), PostgreSQL's word vectors
(store/corrections_pg.py). Session 36. Before any slip, a word typed on the other keyboard
layout (archive/layouts.py: Kfdhjd, «Лавров») is read as its keys write it there, when that
finds posts (session 39); then a name typed in the other script as that script writes it
(archive/romanization.py: Shoigu, «Шойгу»; session 40). A word with letters of Ukrainian or
Belarusian's own read as Russian writes it (archive/east_slavic.py: «Київ», «Киев»; session
40). A question no word of which is
corrected is asked again without its verb, or another word in small letters
(archive/questions.py: «с кем встречался Шойгу»: «Шойгу»; session 40).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Protocol

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import analyse_word, fold
from tg_archiver.archive.asian_names import in_a_chinese_name
from tg_archiver.archive.asian_names import readings as asian_readings
from tg_archiver.archive.east_slavic import russian_readings
from tg_archiver.archive.english_words import is_english_word
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.given_names import in_other_script
from tg_archiver.archive.layouts import other_layout
from tg_archiver.archive.misspellings import (
    double_moved,
    one_slip,
    replaced,
    two_slips_apart,
    vowels_struck,
)
from tg_archiver.archive.query import SearchQuery, parse_query, searched_as
from tg_archiver.archive.query_terms import Or, Term, scan
from tg_archiver.archive.questions import droppable, is_question, without
from tg_archiver.archive.romanization import cyrillic, latin
from tg_archiver.archive.store.records import Hits, SearchHit
from tg_archiver.archive.typos import one_edit

if TYPE_CHECKING:
    from tg_archiver.archive.store.connection import Connection

__all__ = ["ArchiveWords", "ListedWords", "corrected", "likeness", "searched_or_corrected"]

_MOST = 3  # corrections of one word at most, the likeliest first
_CYRILLIC = lazy_re.compile(r"[а-яё]+")
_SHORTEST_FORM = 4  # a word form a slip from which _same_form looks for, at least
NEIGHBOURS = 5000  # the archive's words sharing the first three letters read at most
_PREFIXES = 12  # first three letters read for a word with two vowels struck, at most
_CLOSED_UP = 9  # letters of a word typed closed up that _hyphenated splits, at least
_PART = 3  # letters of each part it splits it into, at least


def alone(word: str) -> SearchQuery | None:
    """``word`` as a search of its own, or None when it is nothing to search for: a word
    typed as punctuation ("';", read on the other layout as «эж») finds nothing, it is no
    error of the search it came from."""
    try:
        return parse_query(word)
    except InputError:
        return None


class ArchiveWords(Protocol):
    """The archive's words, as an engine holds them (folded: lower case, ``ё`` as ``е``)."""

    async def held(self, words: tuple[str, ...]) -> list[str]:
        """Those of ``words`` some post's title or text holds."""
        ...

    async def finds(self, word: str) -> bool:
        """Whether ``word`` searched alone finds any post (in any of its forms)."""
        ...

    async def starting(self, prefix: str) -> list[str]:
        """Words of the archive that start with ``prefix`` (at most NEIGHBOURS)."""
        ...


async def searched_or_corrected(
    run: Callable[[SearchQuery], Awaitable[list[SearchHit]]],
    correct: Callable[[SearchQuery], Awaitable[SearchQuery | None]],
    query: SearchQuery,
) -> Hits:
    """``query``'s hits by ``run``; when it finds nothing, the hits of the query ``correct``
    makes of it (an engine's ``corrected``), with that query when it found any, so that
    whoever shows them can say so. Either engine's ``search``."""
    hits = await run(query)
    if hits:
        return Hits(hits)
    again = await correct(query)
    if again is None:
        return Hits()
    hits = await run(again)
    return Hits(hits, again if hits else None)


async def corrected(words: ArchiveWords, query: SearchQuery) -> SearchQuery | None:
    """``query`` with each misspelt word of it written as the archive's words one slip away
    (see the module's notes); None when no word is corrected."""
    terms, _ = scan(query.text)
    chosen: dict[str, tuple[str, ...]] = {}  # each word corrected -> what stands for it
    other_script: set[str] = set()  # the names read in the other script
    for term in terms:
        if not isinstance(term, Term) or term.quoted or term.prefix or term.negated:
            continue
        typed = term.body
        if "-" in typed.strip("-") and (joined := await _parts_corrected(words, typed)):
            # A hyphenated word: each part corrected (Нью-Йрок: «Нью-Йорк»; session 43).
            chosen[typed] = (joined,)
        elif apart := await _hyphenated(words, typed):
            # A hyphenated word typed closed up (военнотехническое: «военно-техническое»;
            # session 44).
            chosen[typed] = (apart,)
        elif readings := await _east_slavic(words, typed):
            # A Ukrainian or Belarusian spelling (Київ: «Киев»; session 40).
            chosen[typed] = readings
        elif read := await _other_layout(words, typed):
            # Typed on the other layout (Kfdhjd: «Лавров»): read as its keys say.
            chosen[typed] = (read,)
        elif found := await _slips(words, typed):
            chosen[typed] = tuple(_most_alike(found, typed)[:_MOST])
        elif readings := await _other_script(words, typed):
            # A name typed in the other script, which no slip explains (Shoigu: «Шойгу»;
            # session 40).
            chosen[typed] = readings
            other_script.add(typed)
    if other_script:
        typed_terms = _terms(terms)
        given: set[str] = set()  # the given names read so, no surnames of a pair
        for i, term in enumerate(typed_terms):
            if term.quoted or term.prefix or term.negated:
                continue
            # A given name typed before (or after) a surname read so is read so too, as a
            # given name, alone, so the given-name rule knows the person: "Dmitry Peskov",
            # «Дмитрий Песков»; "Vasily Nebenzya", «Василий», not «Василы» (session 44).
            beside = (typed_terms[j].body for j in (i + 1, i - 1) if 0 <= j < len(typed_terms))
            surname = next((b for b in beside if b in other_script and b not in given), "")
            if surname and (readings := in_other_script(term.body, surname)):
                # The reading the archive holds («Михаил», not «Михайл»), else the likeliest.
                held = [r for r in readings if await words.finds(r)]
                chosen[term.body] = ((held or readings)[0],)
                given.add(term.body)
            elif term.body not in chosen:
                # The search's other names found in that script too ("Гросси Иран": Grossi,
                # and Iran beside «Иран»): a post in the other language names them so.
                # A Chinese surname beside a name read so (Си Цзиньпин: Xi) though the
                # dictionary knows it as a word.
                # A Chinese surname beside a name read so («Си» Цзиньпин: "Xi"), though
                # the dictionary knows it as a word.
                asian = (
                    in_a_chinese_name([term.body, surname], 0)
                    or in_a_chinese_name([surname, term.body], 1)
                    if surname
                    else ()
                )
                readings = (
                    *(asian or asian_readings(term.body)),
                    *(cyrillic(term.body) or latin(term.body)),
                )
                also = [r for r in readings if await words.finds(r)]
                if also:
                    chosen[term.body] = (term.body, *also[:_MOST])
    text = query.text
    for typed, stand_for in chosen.items():
        text = replaced(text, typed, stand_for)
    if text == query.text and is_question(query.text, words_typed := _terms(terms)):
        # A question that finds nothing asked without its verb (archive/questions.py).
        for dropped in droppable(words_typed):
            if await words.finds(asked := without(query.text, dropped)):
                text = asked
                break
    if text == query.text:
        return None
    return searched_as(text, query, phrases=True)


async def _east_slavic(words: ArchiveWords, typed: str) -> tuple[str, ...]:
    """A word typed with letters of Ukrainian or Belarusian's own (archive/east_slavic.py)
    that finds nothing, as Russian writes it: the readings that find posts, or else the
    archive's words one slip from one («Білорусь»: «Белорусь», «Беларусь»); empty
    otherwise."""
    readings = russian_readings(typed)
    if not readings or await words.finds(typed):
        return ()
    found = [r for r in readings if await words.finds(r)]
    if not found:
        for reading in readings[:4]:
            found += await _slips(words, reading)
    return tuple(dict.fromkeys(found))[:_MOST]


async def _parts_corrected(words: ArchiveWords, typed: str) -> str | None:
    """``typed``, a hyphenated word, with each misspelt part of it written as the archive's
    word one slip away, the most alike (``военно-техничесое``: «военно-техническое»); None
    when no part is."""
    parts = typed.split("-")
    changed = False
    for i, part in enumerate(parts):
        if len(part) < 3:
            continue
        if found := await _slips(words, part):
            best = _most_alike(found, part)[0]
            parts[i] = best[:1].upper() + best[1:] if part[:1].isupper() else best
            changed = True
    return "-".join(parts) if changed else None


async def _hyphenated(words: ArchiveWords, typed: str) -> str | None:
    """``typed``, a word of _CLOSED_UP letters or more that finds nothing, as two words of
    the archive joined by a hyphen that finds posts (``военнотехническое``:
    «военно-техническое», ``социальноэкономический``), the longer first part first; None
    when no such split does."""
    if len(typed) < _CLOSED_UP or not typed.isalpha() or await words.finds(typed):
        return None
    cuts = range(len(typed) - _PART, _PART - 1, -1)
    # A compound's first part does not change its form (военно-, торгово-): only a cut whose
    # first part the archive holds as typed is searched, one query for them all, not each
    # part's search (a dictionary's reading apiece: 116 ms for «переговоры», which no
    # archive of the start-up bench holds; session 46).
    firsts = set(await words.held(tuple(fold(typed[:cut]) for cut in cuts)))
    for cut in cuts:
        first, second = typed[:cut], typed[cut:]
        if fold(first) not in firsts:
            continue
        if not (await words.finds(first) and await words.finds(second)):
            continue
        if await words.finds(joined := f"{first}-{second}"):
            return joined
    return None


def _most_alike(found: list[str], typed: str) -> list[str]:
    """``found``, the corrections of ``typed``, the most alike first: the same first letter,
    then the same length, then in order."""
    return sorted(found, key=lambda w: likeness(w, typed))


def likeness(word: str, typed: str) -> tuple[bool, int, str]:
    """How alike the archive's ``word`` is to ``typed``, a word it stands for one slip away,
    as a sort key (the most alike least): the same first letter, then the same length, then
    the word itself."""
    return word[:1] != fold(typed)[:1], abs(len(word) - len(typed)), word


def _terms(items: list[Term | Or]) -> list[Term]:
    return [t for t in items if isinstance(t, Term)]


async def _slips(words: ArchiveWords, typed: str) -> list[str]:
    """The archive's words ``typed`` is one of misspelt (see the module's notes); empty when
    it is none's: a word the archive holds or that finds posts, a Russian word the
    dictionary knows (a place's vowels aside), an English word of the list in small letters."""
    candidates = one_slip(typed)
    known = _known(typed)
    if not candidates or (known and not _place(typed)) or await words.held((fold(typed),)):
        return []
    if await words.finds(typed):
        return []
    if known:
        # A place the dictionary knows, spelled as another writer does: «Киргизстан»,
        # «Кыргызстан» (vowels only; one slip away is another place: Гвинея, Гвиана).
        found = await _vowels_struck(words, typed)
    else:
        found = (
            await words.held(candidates)
            or await _same_form(words, typed)
            or await words.held(double_moved(typed))
            or await _two_slips(words, typed)
        )
    if found and typed.isascii() and not typed[:1].isupper() and is_english_word(typed):
        # "noting" is a word no post holds, not "nothing" misspelt; a Latin word typed
        # with a capital is a name, which no word list holds: corrected either way. (Asked
        # last: the list takes 0.2 s to load, which a search of an empty archive, or one
        # with no word near, need not pay: the start-up bench's `search`.)
        return []
    return found


async def _other_layout(words: ArchiveWords, typed: str) -> str:
    """``typed`` as its keys write it on the other layout (archive/layouts.py) when that
    finds posts and ``typed`` finds none; "" otherwise. Not a Russian word the dictionary
    knows (no slip), nor a reading no listed word starts as (the first letters but two,
    three at least: «переговоры», «переговоров»), which costs a search nothing more."""
    read = other_layout(typed)
    if not read or _known(typed):
        return ""
    folded = fold(read)
    if not await words.starting(folded[: max(3, len(folded) - 2)]):
        return ""
    if not await words.finds(read) or await words.finds(typed):
        return ""
    return read


async def _other_script(words: ArchiveWords, typed: str) -> tuple[str, ...]:
    """A name typed with a capital in one script that no post holds, as the other script
    writes it (archive/romanization.py: Shoigu, «Шойгу»; «Галузин», Galuzin): the readings
    that find posts, when ``typed`` alone finds none; empty otherwise."""
    readings = (*asian_readings(typed), *(cyrillic(typed) or latin(typed)))
    if not readings or await words.held((fold(typed),)) or await words.finds(typed):
        return ()
    found = [r for r in readings if await words.finds(r)]
    return tuple(found[:_MOST])


def _known(word: str) -> bool:
    """Whether ``word`` is a Russian word the dictionary knows: no typo, a word no post holds
    («посол», which is not «после»)."""
    if not _CYRILLIC.fullmatch(word.lower()):
        return False
    from tg_archiver.archive.lexemes import dictionary  # the dictionary: a Cyrillic word only

    return bool(dictionary().word_is_known(word.lower()))


def _place(word: str) -> bool:
    """Whether every likely reading of the Russian ``word`` is a place's name."""
    from tg_archiver.archive.lexemes import likely

    found = likely(word.lower())
    return bool(found) and all("Geox" in p.tag.grammemes for p in found)


async def _same_form(words: ArchiveWords, typed: str) -> list[str]:
    """The archive's words whose word form is one slip from ``typed``'s (Авдевка:
    «Авдеевку», whose nominative no post holds), among those that start with its first
    three letters."""
    folded = fold(typed)
    own = analyse_word(folded)
    if len(own) < _SHORTEST_FORM:
        # Three letters are too few to tell a slip from another word: «Рубио» (word form
        # «руб») is no «Рублей» («рубл») misspelt; read in the other script instead
        # (Rubio; session 41).
        return []
    found = [w for w in await words.starting(folded[:3]) if one_edit(analyse_word(w), own)]
    return [w for w in found if analyse_word(w) != own][:_MOST]


async def _two_slips(words: ArchiveWords, typed: str) -> list[str]:
    """The archive's words two slips from a long ``typed`` word (misspellings.TWO_SLIPS_LETTERS)
    when none is one slip away: among those that start with its first three letters
    («землятресение»: «землетрясение»), or else with two of its vowels struck for others,
    wherever they are («Киргизстан»: «Кыргызстан»)."""
    folded = fold(typed)
    struck = vowels_struck(folded)
    if not struck:
        return []
    near = [w for w in await words.starting(folded[:3]) if two_slips_apart(folded, w)]
    return near[:_MOST] or await _vowels_struck(words, typed)


async def _vowels_struck(words: ArchiveWords, typed: str) -> list[str]:
    """The archive's words that are ``typed`` with two vowels struck for others
    (misspellings.vowels_struck), or whose word form is such a word's («Киргизстан»:
    «Кыргызстана», when no post holds the nominative)."""
    struck = vowels_struck(typed)
    if found := await words.held(struck):
        return found[:_MOST]
    forms = {analyse_word(w) for w in struck}
    out: list[str] = []
    # The first three letters as typed first; a vowel there struck: a few of those too.
    prefixes = list(dict.fromkeys((fold(typed)[:3], *(w[:3] for w in struck))))
    for prefix in prefixes[:_PREFIXES]:
        out += [w for w in await words.starting(prefix) if analyse_word(w) in forms]
        if len(out) >= _MOST:
            break
    return out[:_MOST]


_HELD = "SELECT word FROM search_words WHERE word IN ({marks})"
_ANY = "SELECT 1 FROM posts_fts WHERE posts_fts MATCH ? LIMIT 1"
_RANGE = "SELECT word FROM search_words WHERE word >= ? AND word < ? LIMIT ?"


class ListedWords:
    """SQLite's: the index's word list (``search_words``, store/words.py) and FTS5."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def held(self, words: tuple[str, ...]) -> list[str]:
        found: list[str] = []
        for i in range(0, len(words), 500):
            chunk = words[i : i + 500]
            sql = _HELD.format(marks=", ".join("?" * len(chunk)))
            found += [str(w) for (w,) in await self._conn.read_all(sql, chunk)]
        return found

    async def finds(self, word: str) -> bool:
        query = alone(word)
        match = query.match if query is not None else None
        return match is not None and bool(await self._conn.read_all(_ANY, (match,)))

    async def starting(self, prefix: str) -> list[str]:
        after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = await self._conn.read_all(_RANGE, (prefix, after, NEIGHBOURS))
        return [str(w) for (w,) in rows]

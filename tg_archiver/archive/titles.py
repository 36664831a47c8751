"""A person's titles before the name, left out of a headline that would otherwise be cut
before it says who met whom.

A readout names each side with every title it holds: "Member of the Political Bureau of the
CPC Central Committee, Foreign Minister of China Wang Yi", "Генеральный директор «Росатома»
Алексей Лихачев". Cut to a headline's length, the second name is lost ("… held talks with
Member…", an editors' review of a UN week's digests found 39 such cuts). An editor keeps the
names: "Sergey Lavrov held talks with Wang Yi".

:func:`without_titles` does that in two steps, each only while the line is too long: the
earlier titles of a list of them go ("…, Foreign Minister of China Wang Yi"), then a whole
title before a name, the longest first. A title is told by its words: a title's noun
(Minister, Director, Ambassador; министр, директор, посол) with the words that go with one
(Foreign, Permanent, of the, a country, an organisation's abbreviation), and ends right
before a name: in English the capitalised words after it that are none of those (two or
three, or one after a title's noun: "President Putin"); in Russian a first name and a
surname the dictionary knows ("Алексей Лихачев").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tg_archiver.archive import lazy_re
from tg_archiver.archive.lexemes import dictionary, is_person
from tg_archiver.archive.sentences import open_quote

__all__ = ["COUNTRIES_EN", "TITLE_NOUNS_EN", "TITLE_NOUNS_RU", "TITLE_WORDS_EN", "without_titles"]

# A title's nouns: one of them makes a run of title words a title.
_HEADS_EN_LIST = """
    minister secretary secretary-general under-secretary-general director director-general
    president vice-president ambassador representative envoy chairman chairwoman chair
    chairperson head member spokesperson spokeswoman spokesman commissioner premier chancellor
    governor mayor speaker adviser advisor aide chief consul
    consul-general counsellor counselor leader ceo prosecutor rapporteur coordinator
    general"""
_HEADS_EN = frozenset(_HEADS_EN_LIST.split())
TITLE_NOUNS_EN = _HEADS_EN  # archive/not_names.py reads them too
# Words that go with a title's noun ("Foreign", "Permanent", "Political Bureau", "Agency"),
# and the names of events and bodies a name never is ("Summit", "Council").
_TITLE_WORDS_EN_LIST = """
    foreign prime deputy first vice permanent special senior acting assistant executive
    high press official state national security defence defense economy finance trade
    energy interior justice health emergency emergencies situations culture education
    agriculture industry development economic presidential political bureau central
    committee council federal assembly federation people's congress republic government
    office department ministry commission agency organization organisation union nations
    united atomic international parliament duma senate house delegation party communist
    affairs external internal kremlin armed forces staff joint chiefs army navy air force
    intelligence service bank fund court criminal cooperation co-operation shanghai
    collective treaty eurasian commonwealth independent states secretariat nuclear
    corporation ministers ambassadors representatives members leaders heads envoys
    meeting summit session conference forum talks week day statement declaration
    agreement group dialogue programme program mission embassy consulate general
    european arab islamic democratic africa african asian asia pacific latin america
    american gulf middle east eastern western northern southern south north west
    the"""
_TITLE_WORDS_EN = frozenset(_TITLE_WORDS_EN_LIST.split())
TITLE_WORDS_EN = _TITLE_WORDS_EN  # archive/query_titles.py reads them too
_COUNTRIES_EN_LIST = """
    russia russian china chinese india indian iran iranian brazil brazilian egypt
    egyptian ethiopia ethiopian indonesia indonesian turkey turkish türkiye kazakhstan kazakh
    kyrgyzstan kyrgyz tajikistan tajik uzbekistan uzbek turkmenistan turkmen belarus
    belarusian armenia armenian azerbaijan azerbaijani georgia georgian moldova moldovan
    ukraine ukrainian mongolia mongolian pakistan pakistani afghanistan afghan japan
    japanese korea korean vietnam vietnamese laos lao cambodia thailand thai malaysia
    malaysian singapore philippines myanmar bangladesh nepal sri lanka saudi arabia qatar
    qatari kuwait oman bahrain emirates emirati iraq iraqi syria syrian lebanon lebanese
    jordan jordanian israel israeli palestine palestinian yemen libya libyan algeria
    algerian morocco moroccan tunisia sudan sudanese nigeria nigerian kenya kenyan ghana
    senegal mali niger chad cuba cuban venezuela venezuelan nicaragua mexico mexican
    argentina argentine chile colombia bolivia peru germany german france french britain
    british kingdom italy italian spain spanish poland polish hungary hungarian serbia
    serbian slovakia austria switzerland swiss greece greek cyprus norway finland sweden
    denmark netherlands belgium canada canadian australia australian zealand
    us u.s. usa uk eu"""
_COUNTRIES_EN = frozenset(_COUNTRIES_EN_LIST.split())
COUNTRIES_EN = _COUNTRIES_EN
_GLUE_EN = frozenset({"of", "the", "for", "and", "to", "in", "on", "at"})
# A name's own small words: "Mohammed bin Salman", "Luiz Inácio Lula da Silva".
_NAME_GLUE_WORDS = "bin ibn al el da de del dos van von"
_NAME_GLUE = frozenset(_NAME_GLUE_WORDS.split())
_WORD = lazy_re.compile(r"[^\W\d_][\w.'’-]*|[«»\"“”]|[,;:()–—]")
_NAME_WORDS = 3
_LONGEST = 3  # times a headline's length: a longer sentence keeps its titles

_HEADS_RU_LIST = """министр глава директор представитель постпред председатель президент премьер
    премьер-министр посол генсек секретарь заместитель замглавы замминистра спикер
    советник руководитель помощник пресс-секретарь губернатор мэр лидер канцлер король
    принц эмир член генпрокурор прокурор уполномоченный посланник зампред зампредседателя
    вице-премьер вице-президент вице-спикер генконсул консул"""
_HEADS_RU = frozenset(_HEADS_RU_LIST.split())
TITLE_NOUNS_RU = _HEADS_RU
# Words that part one Russian phrase from the next: a title never spans them.
_TITLE_WORDS_RU = 12  # words of a title at most
_BOUNDARY_RU_WORDS = "и а но с со между что где как когда или"
_BOUNDARY_RU = frozenset(_BOUNDARY_RU_WORDS.split())
_VERBAL = frozenset({"VERB", "INFN", "GRND", "PRTS"})
_CYRILLIC = lazy_re.compile(r"[А-Яа-яЁё]")


@dataclass(frozen=True, slots=True)
class _Title:
    start: int  # the title's first character
    end: int  # the name's first character
    parts: tuple[int, ...]  # where each title of a list of them starts (after its comma)


def without_titles(text: str, limit: int) -> str:
    """``text`` with its persons' titles left out while longer than ``limit`` (see the
    module's notes); as it is when it fits or has no title before a name."""
    if len(text) <= limit or len(text) > _LONGEST * limit:
        return text  # a sentence this long is cut whatever its titles
    titles = _titles(text)
    # The earlier titles of a list: "Member of …, Foreign Minister of China Wang Yi".
    for title in sorted(titles, key=lambda t: t.start, reverse=True):
        if len(text) <= limit:
            return text
        if title.parts:
            text = text[: title.start] + text[title.parts[-1] : title.end] + text[title.end :]
    if len(text) <= limit:
        return text
    while len(text) > limit and (titles := _titles(text)):
        text = _cut(text, max(titles, key=lambda t: t.end - t.start))  # the longest first
    return text


def _cut(text: str, title: _Title) -> str:
    """``text`` without ``title``."""
    shorter = text[: title.start] + text[title.end :]
    if title.start == 0:
        shorter = shorter[:1].upper() + shorter[1:]
    return shorter


def _titles(text: str) -> list[_Title]:
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    russian = _CYRILLIC.search(text) is not None
    return _titles_ru(text, tokens) if russian else _titles_en(text, tokens)


def _titles_en(text: str, tokens: list[tuple[int, int, str]]) -> list[_Title]:
    found: list[_Title] = []
    n = 0
    while n < len(tokens):
        name = _name_en(tokens, n)
        if name is None:
            n += 1
            continue
        first, words = name
        title = _title_before_en(text, tokens, first, words)
        if (
            title is not None
            and (not found or title.start >= found[-1].end)
            and not open_quote(text[: title.end])  # «… with President Putin»: his words
        ):
            found.append(title)
        n = first + words
    return found


def _name_en(tokens: list[tuple[int, int, str]], n: int) -> tuple[int, int] | None:
    """(first token, number of words) of a run of capitalised words that are no title's
    words starting at token ``n``, or None."""
    run = n
    while run < len(tokens) and (_is_name_word(tokens[run][2]) or _joins_name(tokens, run)):
        run += 1
    if run == n or not _is_name_word(tokens[run - 1][2]):
        return None
    return n, run - n


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and not _is_title_word_en(word) and not word.isupper()


def _joins_name(tokens: list[tuple[int, int, str]], n: int) -> bool:
    return tokens[n][2] in _NAME_GLUE and n + 1 < len(tokens) and tokens[n + 1][2][:1].isupper()


def _is_title_word_en(word: str) -> bool:
    folded = re.sub(r"['’]s$", "", word.casefold())
    return (
        folded in _HEADS_EN
        or folded in _TITLE_WORDS_EN
        or folded in _COUNTRIES_EN
        or (word.isupper() and len(word) > 1)  # an abbreviation: UN, CPC, IAEA
    )


def _in_title_en(word: str) -> bool:
    """Whether ``word`` can be one of a title's: "Foreign", "Ministry", "China" (a title is
    written in capitals: "food security, Foreign Ministry Spokeswoman" starts at "Foreign")."""
    return word[:1].isupper() and _is_title_word_en(word)


def _title_before_en(
    text: str, tokens: list[tuple[int, int, str]], first: int, words: int
) -> _Title | None:
    """The title right before the name of ``words`` words at token ``first``, or None."""
    n = first - 1
    parts: list[int] = []
    while n >= 0:
        word = tokens[n][2]
        if word == ",":
            # A list of titles goes on before the comma only with another title's words.
            if n == 0 or not _in_title_en(tokens[n - 1][2]):
                break
            parts.append(tokens[n + 1][0])
        elif not (_in_title_en(word) or word.casefold() in _GLUE_EN):
            break
        n -= 1
    chain = tokens[n + 1 : first]
    # A list's earlier part is a title only with a title's noun ("In New York, on the
    # sidelines of the UNGA, Foreign Minister …": "the UNGA" is none).
    while "," in (words_of := [w for _, _, w in chain]):
        comma = words_of.index(",")
        if any(w.casefold() in _HEADS_EN for w in words_of[:comma]):
            break
        chain = chain[comma + 1 :]
    # Not from a small word: "the visit of Foreign Minister X" keeps "of"; "the" goes with
    # the title it stands before.
    while chain and chain[0][2].casefold() in _GLUE_EN - {"the"}:
        chain = chain[1:]
    parts = [p for p in parts if chain and p > chain[0][0]]
    if not chain or chain[-1][2].casefold() in _GLUE_EN or chain[-1][2] == ",":
        if words <= 2 or not chain:
            return None
        # "Foreign Minister of Eswatini Pholile Shakantu": a country the list does not
        # hold is part of the title; the name is its last two words.
        chain = [*chain, *tokens[first : first + words - 2]]
        first, words = first + words - 2, 2
    nouns = [w for _, _, w in chain if w.casefold() in _HEADS_EN]
    if not nouns or words > _NAME_WORDS:
        return None
    if words == 1 and chain[-1][2].casefold() not in _HEADS_EN:
        return None  # "the SCO Foreign Ministers Meeting": one word after no title's noun
    return _Title(chain[0][0], tokens[first][0], tuple(sorted(parts)))


def _titles_ru(text: str, tokens: list[tuple[int, int, str]]) -> list[_Title]:
    found: list[_Title] = []
    quoted = False
    for n, (_, _, word) in enumerate(tokens[:-1]):
        if word in '«»"“”':
            quoted = word != "»" and word != "”" and not (word == '"' and quoted)
            continue
        surname = tokens[n + 1][2]
        if quoted or not (word[:1].isupper() and surname[:1].isupper()):
            continue
        if not (_is_first_name_ru(word) and is_person(surname)):
            continue
        if not _cases(word, _PERSON) & _cases(surname, _PERSON):
            continue  # "президенту Филиппин Фердинанду Маркосу": a country, then the name
        title = _title_before_ru(tokens, n)
        if title is not None and (not found or title.start >= found[-1].end):
            found.append(title)
    return found


_PERSON = frozenset({"Name", "Surn", "Patr"})


def _cases(word: str, grammemes: frozenset[str] = frozenset()) -> set[str]:
    """The cases the dictionary reads ``word`` in (only its readings with one of
    ``grammemes``, when given: a name's)."""
    return {
        str(p.tag.case)
        for p in dictionary().parse(word.casefold())
        if p.tag.case and (not grammemes or grammemes & set(map(str, p.tag.grammemes)))
    }


def _before_a_title_noun(word: str) -> bool:
    """Whether a word can stand in a title before its noun: an adjective ("Генеральный",
    "Постоянный", "американского") or a quotation mark."""
    if word in '«»"“”':
        return True
    return any(p.tag.POS == "ADJF" for p in dictionary().parse(word.casefold())[:1])


def _is_first_name_ru(word: str) -> bool:
    return any("Name" in p.tag for p in dictionary().parse(word) if p.score >= 0.1)


def _title_before_ru(tokens: list[tuple[int, int, str]], first: int) -> _Title | None:
    n = first - 1
    heads: list[int] = []  # the tokens that are a title's noun
    parts: list[int] = []
    while n >= 0 and first - n <= _TITLE_WORDS_RU:
        word = tokens[n][2]
        folded = word.casefold()
        if word == ",":
            if n == 0 or tokens[n - 1][2] in ",;:()–—" or not heads:
                break
            parts.append(n)
        elif word in ";:()–—" or folded in _BOUNDARY_RU:
            break
        elif word not in '«»"“”':
            parse = dictionary().parse(folded)[0]
            if parse.tag.POS in _VERBAL or (parse.tag.POS == "PRTF" and "Name" not in parse.tag):
                break
            if parse.normal_form in _HEADS_RU or folded in _HEADS_RU:
                heads.append(n)
        n -= 1
    start = n + 1
    # A list's earlier part is a title only with a title's noun of its own.
    for comma in sorted(parts):
        if any(start <= h < comma for h in heads):
            break
        start = comma + 1
    if start >= first or not heads:
        return None
    # A title stands beside its name in the name's case: "президенту … Фердинанду Маркосу".
    named = _cases(tokens[first][2], _PERSON)
    if not any(named & _cases(tokens[h][2]) for h in heads):
        return None
    # A title opens with its noun or the adjectives before it: a word before them is the
    # sentence's, whose noun the title and the name depend on ("согласовали первый этап
    # плана американского президента Дональда Трампа" loses "американского президента",
    # not "первый этап плана"; "направил соболезнования президенту Филиппин" keeps
    # "соболезнования").
    head = min(h for h in heads if h >= start)
    for n in range(head - 1, start - 1, -1):
        if not _before_a_title_noun(tokens[n][2]):
            start = n + 1
            break
    commas = tuple(tokens[c + 1][0] for c in sorted(parts) if c >= start)
    return _Title(tokens[start][0], tokens[first][0], commas)

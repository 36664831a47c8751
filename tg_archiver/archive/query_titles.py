"""A person's title typed before the name in a search, not required of a post: «министр
Лавров», "Kremlin spokesman Peskov", «Председатель КНР Си Цзиньпин" find every post that
names the person, as the name alone does (session 46).

A reader types the title to say who is meant; a post names the person by another title
(«глава МИД», "top diplomat"), by the name alone, or in the other language, whose title no
spelling of the other script reads across (store/both_scripts.py leaves a search with a
common word in the script typed). So the words of a title right before a person's name
(archive/titles.py's nouns, the words that go with them: Foreign, official, «иностранных
дел», a state, an organisation's abbreviation: МИД, UN, КНР) are left out of the search when
one of them is a title's noun; a word before them that is none stays («переговоры министр
Лавров»: «переговоры Лавров»). A person's name: a Russian word the dictionary reads as a
first name, a surname or a patronymic, or does not know, typed with a capital; a Latin word
typed with a capital that is no title word, state or common English word.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from tg_archiver.archive import lazy_re
from tg_archiver.archive.asian_names import in_a_chinese_name
from tg_archiver.archive.demonyms import of as demonyms
from tg_archiver.archive.english_words import is_common_english_word
from tg_archiver.archive.particles import is_particle
from tg_archiver.archive.query_terms import Or, Term, core_word
from tg_archiver.archive.titles import COUNTRIES_EN, TITLE_NOUNS_EN, TITLE_NOUNS_RU, TITLE_WORDS_EN

__all__ = ["in_both_languages", "title_words", "without_titles"]

# archive/titles.py's title words less the events' and documents' (a search's topic:
# "talks Foreign Minister Lavrov" keeps "talks").
_EVENTS_EN_LIST = """meeting summit session conference forum talks week day statement declaration
    agreement group dialogue programme program mission"""
_EVENTS_EN = frozenset(_EVENTS_EN_LIST.split())
_WITH_A_TITLE_EN = (TITLE_WORDS_EN - _EVENTS_EN) | COUNTRIES_EN | {"of", "the", "to", "for", "top"}
# "foreign policy chief", "Crown Prince", "UN human rights chief"
_WITH_A_TITLE_EN |= {"policy", "crown", "human", "rights"}
# A title's words in Russian other than its noun: its adjectives, «иностранных дел».
_WITH_A_TITLE_RU = frozenset(
    {"дело", "пресс-служба", "правительство", "кремль", "мид", "в", "при", "по"}
)
# Titles' nouns archive/titles.py's list has not (a headline keeps them).
_MORE_NOUNS_RU = frozenset(
    {"госсекретарь", "генсекретарь", "спецпредставитель", "спецпосланник", "гендиректор"}
    | {"замгенсек", "замгенсека", "замгоссекретаря", "верховный"}
)
# A monarch's and a royal's titles, which stand before a name as an office's do.
_MORE_NOUNS_EN = frozenset({"king", "queen", "prince", "princess", "emir", "sheikh", "sultan"})
# Letters a title noun's case endings add to it, at most («министрами», "secretaries").
_ENDING_RU = 3
_ENDING_EN = 2
_ABBREVIATION = lazy_re.compile(r"[A-ZА-ЯЁ]{2,}")
_SURNAME_SHAPE = lazy_re.compile(r"[А-ЯЁ][а-яё]+(?:[оеё]в|[иы]н)$")
_CYRILLIC = lazy_re.compile(r"[А-Яа-яЁё]")
_NAMES = frozenset({"Name", "Surn", "Patr"})
_NOT_A_PERSON = frozenset({"Geox", "Orgn", "Abbr"})


def without_titles(terms: list[Term | Or]) -> list[Term | Or]:
    """A search's ``terms`` (query_terms.scan's) with the titles typed right before a
    person's name left out (see the module's notes); ``terms`` itself when it has none."""
    if len(terms) < 2 or any(isinstance(t, Or) for t in terms):
        return terms
    plain = [t for t in terms if isinstance(t, Term)]
    bodies = [t.body for t in plain]
    people = [
        _a_person(t)
        or (_CYRILLIC.search(t.body) is not None and bool(in_a_chinese_name(bodies, i)))
        for i, t in enumerate(plain)
    ]
    for i in range(len(plain) - 1):
        # A state or its adjective before a title's word is the title's ("Colombian
        # President Petro"), though no common word; "UN rights chief Turk" is a name.
        if people[i] and _with_a_title(plain[i + 1]) and _a_state(plain[i]):
            people[i] = False
    for i in range(1, len(plain)):
        # A word with a capital right after a title is its bearer's name, though the
        # dictionary knows it as a word («президент Казахстана Токаев»: токай's form;
        # «глава МИД Пакистана Дар»; session 47).
        if not people[i] and _after_a_title(plain, people, i):
            people[i] = True
    for i in range(len(plain) - 2, -1, -1):
        # A given name before a surname, though no name by itself («Хакан» Фидан); a
        # particle before it is the name's too ("Minister van Klaveren", «фон дер Ляйен»).
        if people[i + 1] and not people[i] and plain[i].body[:1].isupper():
            people[i] = _a_given_name(plain[i])
        elif people[i + 1] and not people[i] and is_particle(plain[i].body):
            people[i] = True
    dropped: set[int] = set()
    for i in range(len(plain)):
        if not people[i] or (i and people[i - 1]):
            continue  # a name's first word only
        # Back from the name: a title's words, the nouns its noun governs among them
        # («министр финансов»: «финансов»).
        start = i
        while start and not people[start - 1] and _in_a_title(plain[start - 1]):
            start -= 1
        heads = [j for j in range(start, i) if _a_title_noun(plain[j])]
        if not heads:
            continue
        # Before the first noun, a title's own words only (adjectives, states,
        # abbreviations): «переговоры министр Лавров» keeps «переговоры».
        first = heads[0]
        while first > start and _with_a_title(plain[first - 1]):
            first -= 1
        dropped.update(range(first, i))
        if i + 1 == len(plain) or not people[i + 1]:
            # A surname alone: the person is the bearer the archive gives the title.
            plain[i] = replace(plain[i], titled=" ".join(plain[j].body for j in heads))
    if not dropped:
        return terms
    return [t for k, t in enumerate(plain) if k not in dropped]


# A title's noun in the other language: a post there gives the person that title.
_TWINS = (
    ("президент", "president"),
    ("министр", "minister"),
    ("премьер", "premier prime"),
    ("пресс-секретарь представитель", "spokesman spokeswoman spokesperson press"),
    ("генсек генсекретарь генеральный", "secretary-general general"),
    ("госсекретарь", "secretary"),
    ("канцлер", "chancellor"),
    ("посол", "ambassador"),
    ("постпред представитель", "representative envoy"),
    ("посланник спецпосланник спецпредставитель", "envoy"),
    ("помощник советник", "aide adviser advisor assistant"),
    ("председатель", "chairman chairwoman chair"),
    ("глава руководитель", "head chief"),
    ("лидер", "leader"),
)


def in_both_languages(nouns: str) -> str:
    """A title's ``nouns`` (space-separated, as typed) with their twins in the other
    language: a person's title in either language's posts."""
    typed = nouns.lower().split()
    found = list(typed)
    for russian, english in _TWINS:
        both = (*russian.split(), *english.split())
        if any(n in both or _lemma_or(n) in both for n in typed):
            found += both
    return " ".join(dict.fromkeys(found))


@lru_cache(maxsize=256)
def title_words(nouns: str) -> re.Pattern[str]:
    """A pattern of a word (lower-case) that is one of a title's ``nouns`` or their twins
    (:func:`in_both_languages`) in any of its forms: its first letters but the last two,
    four at least, which every form of it begins with (министр: «министра», секретарь:
    «секретаря»), then as many letters as its case endings add, three in Russian and two in
    English («министрами», "secretaries"), not an adjective made of it («Президентский
    клуб», "presidential": session 47)."""
    alternatives = []
    for noun in in_both_languages(nouns).split():
        stem = noun[: max(4, len(noun) - 2)]
        more = len(noun) - len(stem) + (_ENDING_RU if _CYRILLIC.search(noun) else _ENDING_EN)
        alternatives.append(rf"{re.escape(stem)}\w{{0,{more}}}")
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)")


def _lemma_or(word: str) -> str:
    return _lemma(word) if _CYRILLIC.search(word) else word


def _plain(term: Term) -> bool:
    return not (term.quoted or term.prefix or term.negated)


def _a_title_noun(term: Term) -> bool:
    word = term.body.lower()
    if not _CYRILLIC.search(word):
        return word in TITLE_NOUNS_EN or word in _MORE_NOUNS_EN
    nouns = TITLE_NOUNS_RU | _MORE_NOUNS_RU
    return word in nouns or _lemma(word) in nouns


def _with_a_title(term: Term) -> bool:
    """Whether ``term`` may be a word of a title: its noun, a word that goes with one, a
    state, an organisation's abbreviation."""
    if not _plain(term):
        return False
    body = term.body
    word = body.lower()
    if _a_title_noun(term) or _ABBREVIATION.fullmatch(body):
        return True
    if not _CYRILLIC.search(word):
        return word in _WITH_A_TITLE_EN or _a_state(term)
    from tg_archiver.archive.lexemes import likely  # a Cyrillic word only

    parses = likely(word)
    return bool(parses) and (
        word in _WITH_A_TITLE_RU
        or _lemma(word) in _WITH_A_TITLE_RU
        or all(p.tag.POS == "ADJF" or "Geox" in p.tag.grammemes for p in parses)
        or all(p.normal_form == "иностранный" for p in parses)
    )


def _a_state(term: Term) -> bool:
    """Whether ``term`` is a state or its adjective in Latin letters, typed with a capital,
    that the demonyms' table lists ("Colombian", "Chile") and titles.py's short list not."""
    body = term.body
    return body[:1].isupper() and not _CYRILLIC.search(body) and bool(demonyms(body))


def _in_a_title(term: Term) -> bool:
    """Whether ``term`` may be in a title after its noun: a title's word, or a noun in the
    genitive («министр финансов», «иностранных дел»)."""
    if _with_a_title(term):
        return True
    word = term.body.lower()
    if not _plain(term) or not _CYRILLIC.search(word):
        return False
    from tg_archiver.archive.lexemes import likely  # a Cyrillic word only

    parses = likely(word)
    return bool(parses) and all(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses)


def _after_a_title(plain: list[Term], people: list[bool], i: int) -> bool:
    """Whether ``plain[i]``, typed with a capital, is no word of a title and follows one
    whose noun is typed (the words back from it a title's, none a name)."""
    term = plain[i]
    body = core_word(term.body) or term.body  # «аш-Шейбани»: «Шейбани»
    if not (_plain(term) and body[:1].isupper() and body.replace("-", "").isalpha()):
        return False
    if _ABBREVIATION.fullmatch(body):
        return False
    # A title's genitive noun is typed in small letters («министр финансов»), save a
    # surname's shape («Токаев»: токай's plural genitive).
    if _in_a_title(term) and not _SURNAME_SHAPE.search(body):
        return False
    j = i - 1
    while j >= 0 and not people[j] and _in_a_title(plain[j]):
        if _a_title_noun(plain[j]):
            return True
        j -= 1
    return False


def _a_given_name(term: Term) -> bool:
    """Whether ``term``, typed with a capital before a surname, may be a given name the
    dictionary or the English list knows as another word («Хакан» Фидан): no word of a
    title («Совбеза»), no abbreviation, no common English word ("Prince")."""
    body = term.body
    if _ABBREVIATION.fullmatch(body) or _in_a_title(term):
        return False
    return bool(_CYRILLIC.search(body)) or not is_common_english_word(body.lower())


def _a_person(term: Term) -> bool:
    """Whether ``term`` is a person's name typed with a capital (see the module's notes);
    a Chinese name's word the dictionary knows as another («Си») is read by its caller;
    an Arabic name by its word, after its article («аль-Шейбани», "al-Shibani")."""
    body = core_word(term.body) or term.body
    if not _plain(term) or not body[:1].isupper() or _ABBREVIATION.fullmatch(body):
        return False
    word = body.lower()
    if not _CYRILLIC.search(word):
        return (
            body.isalpha()
            and word not in _WITH_A_TITLE_EN
            and word not in TITLE_NOUNS_EN
            and word not in _MORE_NOUNS_EN
            and not is_common_english_word(word)
        )
    from tg_archiver.archive.lexemes import dictionary, is_person, likely  # Cyrillic only

    if not dictionary().word_is_known(word):
        return True
    # Any reading as a name («Песков», first the plural of «песок»), no place's.
    return is_person(body) and not any(_NOT_A_PERSON & p.tag.grammemes for p in likely(word))


def _lemma(word: str) -> str:
    from tg_archiver.archive.lexemes import likely  # a Cyrillic word only

    parses = likely(word)
    return str(parses[0].normal_form) if parses else word

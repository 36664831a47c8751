"""A question typed as a search, asked of its names and nouns: "с кем встречался Шойгу" is
«Шойгу», "how much wheat did Russia send to Libya" is "wheat Russia Libya" (the post:
"Russia shipped ... wheat to Libya"), "what did Nebenzia say about Gaza" finds the Russian
post that says «заявил».

A question's own words (что, когда, what, did) are no words a post must hold
(archive/query_terms.py's stop words); its verb often is not the post's (сказал: «заявил»,
send: "shipped"), nor in the post's language. So a question is asked without its verbs from
the start (:func:`verbs`, store/search_flow.py; session 49), both languages' posts found,
those that tell the verb ranked first (:func:`verbs_told`). When it still finds nothing, the
store (archive/store/corrections.py) asks again with one of its words in small letters left
out, a Russian verb first, then the others from the last; two when one is not enough; names
(a capital), numbers, quoted words and prefixes are always kept, and one word at least.
Whoever shows the hits then says so ("No posts hold «сколько военных встречало Шойгу»;
showing results for «Шойгу»").

Pure: :func:`is_question`, :func:`verbs`, :func:`without` and :func:`droppable`. Sessions 40
and 49.
"""

from __future__ import annotations

import re
from itertools import combinations

from tg_archiver.archive.analysis import analyse_word
from tg_archiver.archive.query_terms import QUESTION_WORDS, Term, is_stop_word

__all__ = [
    "MOST_DROPPED",
    "asked_of_posts",
    "droppable",
    "is_question",
    "may_ask",
    "verbs",
    "verbs_told",
    "without",
]

MOST_DROPPED = 2  # words of a question left out at most
_MOST_WORDS = 6  # of the first six words it may be asked without
_VERB = frozenset({"VERB", "INFN"})


def is_question(text: str, terms: list[Term]) -> bool:
    """Whether a search is a question: it ends with ``?`` or has a word that asks in small
    letters (что, когда, what, how)."""
    return text.rstrip().endswith("?") or any(not t.quoted and _asks(t.body) for t in terms)


# What a question's verb is told by in English: an auxiliary, then its subject (a name of
# capitalised words, "Trump and Putin", or an article's noun, "the ministers"), then the verb.
_AUXILIARIES = frozenset(
    {"do", "does", "did", "will", "would", "can", "could", "should", "shall", "has", "have", "had"}
)
_BE = frozenset({"is", "are", "was", "were"})  # a verb after these is a participle: "signed"
_ARTICLES = frozenset({"the", "a", "an"})
_NAME_JOINS = frozenset({"and", "of", "for", "on"})  # inside a subject's name of capitals
_NOT = frozenset({"не", "ни", "not"})  # «почему Армения не участвует в ОДКБ»
# A question's verb that is no word a post must hold anyway: the word before it is the
# subject's ("where will the BRICS summit be held").
_VERBS_AFTER = frozenset({"be", "been", "have", "do", "get"})
# Words a question's verb follows straight: "who met Lavrov", "be held", "been signed".
_ASKS_A_VERB = frozenset({"who", "be", "been"})
# Question words a name may follow straight, with no auxiliary: "what Grossi said", "where
# Putin met Xi".
_ASKING = frozenset({"what", "when", "where", "why", "how"})


def verbs(text: str, terms: list[Term]) -> tuple[Term, ...]:
    """The words of a question (:func:`is_question`) that say what happened, which a post
    tells in words of its own («сказал»: «заявил»; "say": "told") and in its own language
    ("what did Nebenzia say about Gaza": the Russian post says «заявил»): a Russian verb
    (every likely reading a verb's: сказал, прошёл, участвует), an English one after an
    auxiliary and its subject ("what did Lavrov *say*", "when was the treaty *signed*",
    "when will Putin *visit* India"), after a question word and a name ("what Grossi
    *said*"), after "who" ("who *met* Lavrov"), a past after "what" ("what *caused* the
    blackout"), "were" or "how many" ("how many hostages were *freed*", "how many *visited*
    Expo Osaka"), and «не», "not".
    Never a name, a number, a quoted word, a prefix; none when they are all the question's
    words besides its question and stop words, or when the search is no question."""
    if not is_question(text, terms):
        return ()
    found = [
        t
        for i, t in enumerate(terms)
        if _may_drop(t) and (t.body.lower() in _NOT or _verb(t.body) or _english_verb(terms, i))
    ]
    kept = [t for t in terms if t not in found and not is_stop_word(t) and not t.negated]
    return tuple(found) if kept else ()


def asked_of_posts(text: str, dropped: tuple[Term, ...]) -> str:
    """``text`` (a question as typed) less its ``dropped`` words (:func:`verbs`), its question
    and stop words kept (a search leaves them out; a question that then finds nothing is
    still one, for :func:`droppable`)."""
    for term in dropped:
        text = _cut(text, term.typed)
    return text


def verbs_told(dropped: tuple[Term, ...]) -> re.Pattern[str] | None:
    """The words of a post (its text in small letters) that tell the ``dropped``
    verbs (:func:`verbs`) in any of their forms, by their word forms' beginnings
    («эвакуировали»: «эвакуир…», "visit": "visit…"): a ranked question lists the posts
    that hold one first («сколько россиян эвакуировали из Израиля»). None when there are
    none («не», "not")."""
    stems = sorted({analyse_word(t.body) for t in dropped if t.body.lower() not in _NOT})
    if not stems:
        return None
    # A word form is written with «е» for «ё» (прошёл: «прошел»); a post may write either.
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(s).replace("е", "[её]") for s in stems) + ")"
    )


def _english_verb(terms: list[Term], i: int) -> bool:
    """Whether ``terms[i]``, a word in small Latin letters, is an English question's verb
    (see :func:`verbs`)."""
    body = terms[i].body.rstrip("?")  # a question's mark is no letter of its last word
    if not body.isascii() or is_stop_word(terms[i]):
        return False
    if i and terms[i - 1].body in _ASKS_A_VERB:
        return True  # "who met Lavrov", "where will the summit be held"
    if i and terms[i - 1].body == "what" and _participle(body):
        return True  # "what caused the blackout", "what happened at …" (session 54)
    before = [t.body for t in terms[max(0, i - 2) : i]]
    if before and (before[-1] in _BE or before == ["how", "many"]) and _participle(body):
        # "how many hostages were freed", "how many visited Expo Osaka" (session 52).
        return i >= 2
    if i + 1 < len(terms) and terms[i + 1].body in _VERBS_AFTER:
        return False  # "where will the BRICS summit be": the subject's noun
    for j in range(i - 1, -1, -1):
        word = terms[j].body
        if word in _AUXILIARIES or word in _BE:
            return _subject_ends(terms, j + 1) == i and (word not in _BE or _participle(body))
        if word in _ASKING and j + 1 < len(terms) and terms[j + 1].body[:1].isupper():
            return _subject_ends(terms, j + 1) == i  # "what Grossi said about Iran"
    return False


# Past participles of verbs news tells, not made with -ed.
_IRREGULAR_PARTICIPLES = frozenset(
    {"held", "made", "taken", "given", "sent", "built", "shot", "seen", "done", "won", "hit",
     "cut", "put", "set", "struck", "chosen", "written", "found", "left", "brought", "caught",
     "paid", "sold", "told", "kept", "lost", "met", "fought", "bought", "shown", "thrown",
     "begun", "flown", "drawn", "withdrawn", "spent", "led", "fled", "heard", "laid", "said",
     "hung", "stuck", "torn", "broken", "driven", "frozen", "hidden", "risen", "sworn",
     "beaten", "fallen", "stolen", "spoken", "known", "grown", "blown", "overthrown", "shut",
     "spread", "split", "dealt", "born"}
)  # fmt: skip
# Words in -ed that are no verb's past: a noun, an adjective.
_NOT_PARTICIPLES = frozenset(
    {"need", "seed", "feed", "speed", "greed", "breed", "creed", "steed", "weed", "deed",
     "heed", "reed", "shed", "bed", "red", "wed", "hundred", "sacred", "naked", "wicked"}
)  # fmt: skip


def _participle(word: str) -> bool:
    """Whether the English ``word`` (in small letters) reads as a verb's past: in -ed
    ("freed", "visited"), not a noun's ending ("need", "hundred"), or an irregular one."""
    if word in _IRREGULAR_PARTICIPLES:
        return True
    return word.endswith("ed") and len(word) > 3 and word not in _NOT_PARTICIPLES


def _subject_ends(terms: list[Term], k: int) -> int:
    """Where an English question's subject that begins at ``terms[k]`` ends: after an
    article's noun, or after a name's capitalised words ("Trump and Putin"); -1 when
    there is none."""
    start = k
    if k < len(terms) and terms[k].body in _ARTICLES:
        k += 1
    if k < len(terms) and terms[k].body[:1].islower():
        return k + 1 if k > start and not is_stop_word(terms[k]) else -1
    while (
        k < len(terms)
        and (
            terms[k].body[:1].isupper()
            or (
                terms[k].body in _NAME_JOINS  # "Trump and Putin", "the Council of Europe"
                and k > start
                and k + 1 < len(terms)
                and terms[k + 1].body[:1].isupper()
            )
        )
    ):
        k += 1
    return k if k > start else -1


def may_ask(text: str) -> bool:
    """Whether the search ``text`` may be a question, read without scanning it: a "?" or a
    word that asks in small letters (:func:`is_question` decides)."""
    return "?" in text or any(_asks(w) for w in text.split())


def droppable(terms: list[Term]) -> list[tuple[Term, ...]]:
    """The sets of ``terms`` a question may be asked without, in the order to try: one word,
    a Russian verb first, then the others from the last; then two; of the first six such
    words. Never every word that is not a stop word."""
    words = [t for t in terms if _may_drop(t)]
    kept = [t for t in terms if not is_stop_word(t) and not t.negated]
    words.sort(key=lambda t: (not _verb(t.body), -terms.index(t)))
    words = words[:_MOST_WORDS]  # twenty-one searches at most
    out: list[tuple[Term, ...]] = []
    for n in range(1, MOST_DROPPED + 1):
        out += [c for c in combinations(words, n) if len(kept) > n]
    return out


def without(text: str, dropped: tuple[Term, ...]) -> str:
    """``text`` (a search as typed) less its question and stop words and the ``dropped``
    terms, the others as typed: "с кем встречался Шойгу", (встречался,) -> "Шойгу"."""
    out = text
    for term in dropped:
        out = _cut(out, term.typed)
    kept = [w for w in out.rstrip("?").split() if not _asks(w)]
    return " ".join(w for w in kept if not is_stop_word(Term(w, False, False, w))) or " ".join(kept)


def _asks(word: str) -> bool:
    return word.lower() in QUESTION_WORDS and not word.isupper()  # WHO is the organisation


def _cut(text: str, typed: str) -> str:
    parts = text.split()
    if typed in parts:
        parts.remove(typed)
    return " ".join(parts)


def _may_drop(term: Term) -> bool:
    body = term.body
    return (
        not (term.quoted or term.prefix or term.negated or is_stop_word(term))
        and body[:1].islower()
        and not any(c.isdigit() for c in body)
    )


def _verb(word: str) -> bool:
    """Whether every likely reading of the Russian ``word`` is a verb's (встречался,
    говорили), not a participle's or a noun's."""
    if not any("а" <= c <= "я" or c == "ё" for c in word.lower()):
        return False
    from tg_archiver.archive.lexemes import likely  # the dictionary: a Cyrillic word only

    found = likely(word.lower())
    return bool(found) and all(p.tag.POS in _VERB for p in found)

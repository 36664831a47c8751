"""What makes a statement itself: the part of a post near-duplicate detection compares, and
the checks that keep distinct statements of one template apart (issue 17).

Word-pair Jaccard over a whole post is the wrong measure for foreign-ministry channels:
"Lavrov will visit Ankara on March 18" and "... Cairo on March 20" under the same three-line
signature share most of their word pairs, so do two phone-call readouts of one template for
another country and date, while a true repost under another channel's signature shares few.
So:

* :func:`core_words` is what is compared: the clean text without its *signature* (a last
  paragraph of short lines carrying a link, an @handle or hashtags, "Subscribe: ...", as
  channels sign every post), without lines of hashtags only or an aggregator's rubric over
  the post ("#дипломатия | коротко"), without a "Forwarded from" line and without a heading
  marker ("⚡️ Breaking:", "Срочно:"). A channel's signature and a
  reposter's then weigh nothing, and the body decides.
* :func:`substitution` vetoes a near link whose differing words replace a number, a date or
  a proper name (a capitalised word, Latin or Cyrillic, not opening a sentence with a common
  word) by another one: another country, another day, another counterpart is another
  statement, however similar the rest. Added or dropped words (an added sentence, a cut-off
  end, a prefix), typos (a replaced word close in spelling) and a name transliterated
  otherwise (:mod:`archive.transliteration`) are no veto: copies have them.
  (A negation or an opposite word in a short stretch is one: :mod:`archive.polarity`.)
* Short posts (fewer than :data:`archive.dedup.MIN_WORDS` core words) have too few word
  pairs to compare: they get keys made of their core words and of their words but one
  (:func:`short_keys`), and are copies when at most one word differs. Longer posts also get
  a key of their first words (a one-liner and its copy with a sentence added start alike).
* One-liners (fewer than :data:`BRIEF_WORDS` core words) are copies only when published
  within :data:`SHORT_WINDOW` of each other. A "⚡️ Breaking:" one-liner an hour after the
  original is its copy; "🔴 LIVE: weekly briefing" a week later is the next briefing.
* Any post is a copy only of a post published within :data:`COPY_WINDOW` of it: the same
  greeting on Diplomats' Day a year later is that year's greeting, not a copy of the last
  (reposts come within days). Undated posts (their time is their file's) are exempt.

See docs/dedup.md for the figures on the labelled set (tests/dedup_eval_set.py).
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from difflib import SequenceMatcher

import numpy as np

from tg_archiver.archive.dedup import (
    MIN_WORDS,
    pair_hashes,
    shingles,
    signature,
    signature_band_keys,
    sorted_unique,
)
from tg_archiver.archive.furniture import is_promotion
from tg_archiver.archive.paragraphs import strip_closing
from tg_archiver.archive.transliteration import canonical

__all__ = [
    "BRIEF_WORDS",
    "COPY_WINDOW",
    "SHORT_WINDOW",
    "Fingerprint",
    "added_to_list",
    "also_a_copy",
    "compared",
    "contained",
    "content_words",
    "core_parts",
    "core_shingles",
    "core_text",
    "core_words",
    "ends_cut",
    "fingerprint",
    "fold_word",
    "one_word_apart",
    "reworded_opening",
    "short_key",
    "short_keys",
    "stretches",
    "substitution",
]

SHORT_WINDOW = timedelta(hours=12)
COPY_WINDOW = timedelta(days=30)
BRIEF_WORDS = 12  # a post of fewer core words is a one-liner: time distance decides too

_TOKEN = re.compile(r"\w+")
_LINK = re.compile(r"(?:https?://|www\.|t\.me/|\b[\w-]+\.(?:ru|com|org|net|info)\b|@\w{3,})", re.I)
_HASHTAG = re.compile(r"#\w+")
_SIGN_OFF = re.compile(
    r"^\W*(?:subscribe|follow us|source|read (?:in full|more)|join us|подпис|чита(?:ть|йте)"
    r"|источник|наш канал|присоединяйтесь)",
    re.I,
)
# A preview's tail: the text cut off at an ellipsis, then "Read more" and maybe a link.
_MORE = re.compile(
    r"(…|\.\.\.)[ \t]*(?:read more|read in full|continue reading|full text|подробнее"
    r"|читать (?:далее|полностью|дальше)|далее|полный текст)[ \t]*(?:[:>»→-]+[ \t]*)?"
    r"\S*[ \t]*$",  # then at most a link, and the end
    re.I,
)
_CUT_END = ("…", "...")
# A line of its own after the cut: "👉 Read more", "Читать полностью →", maybe with a link.
_MORE_LINE = re.compile(
    r"^\W*(?:read more|read in full|continue reading|full text|подробнее"
    r"|читать (?:далее|полностью|дальше)|далее|полный текст)\W*(?:\S*)[ \t]*$",
    re.I,
)
_FORWARDED = re.compile(r"^\W*(?:forwarded from|reposted from|переслано (?:от|из)|репост)\b", re.I)
_MARKER = re.compile(
    r"^\W*(?:breaking(?: news)?|urgent|just in|live|срочно|молния|важно|экстренно)"
    r"\s*[:!—–-]+\s*",
    re.I,
)
_SIGNATURE_LINE_WORDS = 12  # a line of a signature block is short
_SIGNATURE_LINES = 5


def _is_tag_line(line: str) -> bool:
    """A line of hashtags only (and emoji or punctuation between them)."""
    return bool(_HASHTAG.search(line)) and not _TOKEN.search(_HASHTAG.sub("", line))


def _signs_off(line: str) -> bool:
    """A line a signature block has: a link, a sign-off, or hashtags with a few words at
    most ("🇷🇺 #MFARussia"); not a sentence that tags a word ("Об угрозах … против стран
    #БРИКС", a briefing's list of topics)."""
    if _LINK.search(line) or _SIGN_OFF.match(line) or is_promotion(line.strip()):
        return True  # "РИА Новости. Подписаться": the link is the word's
    return bool(_HASHTAG.search(line)) and len(_TOKEN.findall(_HASHTAG.sub("", line))) <= 4


def _strip_signature(lines: list[str]) -> list[str]:
    """``lines`` without trailing signature paragraphs: the last paragraph goes while it has
    at most ``_SIGNATURE_LINES`` short lines and one of them links, tags or says "subscribe"
    (its other lines, "🇷🇺 MFA Russia", are the channel's name)."""
    return strip_closing(lines, _is_signature)


def _is_signature(block: list[str], before: Sequence[str]) -> bool:
    return (
        bool(before)  # the only paragraph is the body, whatever it holds
        and len(block) <= _SIGNATURE_LINES
        and all(len(_TOKEN.findall(line)) <= _SIGNATURE_LINE_WORDS for line in block)
        and any(_signs_off(line) for line in block)
    )


# A link at the very end of the statement, maybe after a label: "… поселений Полный текст:
# https://www.belta.by/…", "… diplomats.\nhttps://mid.ru/…?utm_source=telegram".
_URL_AT_END = re.compile(r"(?:https?://|www\.|t\.me/)\S+\s*$", re.I)
_LINK_LABEL = re.compile(
    r"(?:full text|read more|read in full|more|source|details|полный текст|подробнее"
    r"|читать(?: далее| полностью)?|источник)[ \t]*[:：]?[ \t]*[→➡️👉🔗 \t]*$",
    re.I,
)
_LABEL_CHARS = 40  # a label is looked for this far before the link


def _without_link_tail(text: str) -> str:
    """``text`` without a link at its very end and the label before it, unless the link is
    all there is."""
    start = text.rfind("\n") + 1  # the link is on the last line: only that is searched
    last = text[start:]
    if "http" not in last and "www." not in last and "t.me/" not in last:
        return text
    m = _URL_AT_END.search(last)
    if m is None:
        return text
    head = text[: start + m.start()]
    label = _LINK_LABEL.search(head[-_LABEL_CHARS:])
    if label is not None:
        head = head[: len(head) - (len(head[-_LABEL_CHARS:]) - label.start())]
    head = head.rstrip()
    return head if head else text


# A scraper's markup: entities and line breaks of the HTML a post was read from.
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.I)
_BREAK = re.compile(r"<br\s*/?>", re.I)


def _unmarked(text: str) -> str:
    """``text`` with a scraper's HTML undone: entities read («&mdash;» is «—», «&laquo;» «),
    ``<br>`` a line break. Only the core is read so: the clean text keeps what was posted."""
    if "<" in text:
        text = _BREAK.sub("\n", text)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return text


def _strip_preview_tail(lines: list[str]) -> list[str]:
    """``lines`` without the "Read more" lines after a line cut off on an ellipsis: a
    preview's tail, which must not make its paragraph look like a signature."""
    end = len(lines)
    while end and (not lines[end - 1].strip() or _MORE_LINE.match(lines[end - 1])):
        end -= 1
    if end < len(lines) and end and lines[end - 1].rstrip().endswith(_CUT_END):
        return lines[:end]
    return lines


_RUBRIC = re.compile(r"^[^\w#]*#\w")  # a line that starts with a hashtag
_RUBRIC_WORDS = 3


def _strip_rubric(lines: list[str]) -> list[str]:
    """``lines`` without an aggregator's rubric over the post: a first line that starts with
    a hashtag and has at most ``_RUBRIC_WORDS`` other words, none a name, number or date
    ("#дипломатия | коротко", "⚡️ #news | in brief"), when text follows it. A first line
    with a name or a date in it ("#Брифинг 5 марта") may be the statement's own slot: kept."""
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or not _RUBRIC.match(lines[first]):
        return lines
    words = _TOKEN.findall(_HASHTAG.sub("", lines[first]))
    if len(words) > _RUBRIC_WORDS or any(_entity(w) for w in words):
        return lines
    rest = lines[first + 1 :]
    return rest if any(line.strip() for line in rest) else lines


def core_text(clean: str) -> str:
    """The part of a post's clean text that is the statement itself (see the module doc)."""
    clean = _unmarked(clean)
    lines = clean.split("\n")
    if "#" in clean:
        lines = [line for line in lines if not _is_tag_line(line)]
    if lines and _FORWARDED.match(lines[0]):
        lines = lines[1:]
    lines = _strip_preview_tail(lines)
    lines = _strip_signature(lines)
    # Trailing sign-off lines inside the last paragraph ("... \nSubscribe: t.me/x").
    while lines and _SIGN_OFF.match(lines[-1]) and len(lines) > 1:
        lines = lines[:-1]
    if "#" in clean:
        lines = _strip_rubric(lines)
    text = "\n".join(lines).strip()
    while (m := _MARKER.match(text)) is not None:
        text = text[m.end() :]
    if (m := _MORE.search(text)) is not None:
        return text[: m.end(1)]  # a preview cut off: keep the ellipsis, not the link
    return _without_link_tail(text)  # where to read the statement is not what it says


def core_words(clean: str) -> list[str]:
    """The words of :func:`core_text`, as written (case kept for :func:`substitution`)."""
    return _TOKEN.findall(core_text(clean))


def short_key(words: Sequence[str], kind: bytes = b"short") -> int:
    """A band key of a short post: its case-folded core words, as a signed 64-bit integer
    (SQLite's INTEGER), from a hash apart from the MinHash bands' (keyed differently)."""
    digest = hashlib.blake2b(
        "\x1f".join(w.casefold() for w in words).encode(), digest_size=8, person=kind
    ).digest()
    return int.from_bytes(digest, "little", signed=True)


_VARIANTS_FROM = 4  # a short post of this many words or more gets a key per dropped word


def short_keys(words: Sequence[str]) -> tuple[int, ...]:
    """The band keys of a short post: its words, and (from ``_VARIANTS_FROM`` words) its
    words but one, for each word. Two short posts one word apart (added, dropped or
    misspelt) share a key; :func:`one_word_apart` and :func:`substitution` then decide."""
    keys = {short_key(words)}
    if len(words) >= _VARIANTS_FROM:
        keys.update(short_key([*words[:i], *words[i + 1 :]]) for i in range(len(words)))
    return tuple(sorted(keys))


def one_word_apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether ``b`` is ``a`` (case and ё/е aside) with at most one word added, dropped or
    replaced."""
    fa, fb = [fold_word(w) for w in a], [fold_word(w) for w in b]
    if abs(len(fa) - len(fb)) > 1:
        return False
    if len(fa) == len(fb):
        return sum(x != y for x, y in zip(fa, fb, strict=True)) <= 1
    short, long = (fa, fb) if len(fa) < len(fb) else (fb, fa)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


# Capitalised because they open a sentence, not because they name someone.
_COMMON = frozenset(
    [
        "the",
        "a",
        "an",
        "on",
        "in",
        "at",
        "by",
        "for",
        "of",
        "to",
        "and",
        "but",
        "as",
        "this",
        "these",
        "that",
        "those",
        "they",
        "we",
        "it",
        "he",
        "she",
        "there",
        "during",
        "after",
        "before",
        "following",
        "today",
        "yesterday",
        "tomorrow",
        "also",
        "both",
        "our",
        "their",
        "his",
        "her",
        "its",
        "sides",
        "ministers",
        "minister",
        "meanwhile",
        "however",
        "earlier",
        "later",
        "in",
        "addition",
        "в",
        "на",
        "по",
        "при",
        "после",
        "до",
        "во",
        "с",
        "со",
        "и",
        "а",
        "но",
        "мы",
        "они",
        "он",
        "она",
        "это",
        "эти",
        "этот",
        "стороны",
        "министры",
        "также",
        "сегодня",
        "вчера",
        "завтра",
        "кроме",
        "однако",
        "ранее",
        "позднее",
    ]
)


# Month and weekday names: part of a date, though Russian writes them in lower case.
_DATE_WORDS = frozenset(
    [
        "январь",
        "января",
        "январе",
        "февраль",
        "февраля",
        "феврале",
        "март",
        "марта",
        "марте",
        "апрель",
        "апреля",
        "апреле",
        "май",
        "мая",
        "мае",
        "июнь",
        "июня",
        "июне",
        "июль",
        "июля",
        "июле",
        "август",
        "августа",
        "августе",
        "сентябрь",
        "сентября",
        "сентябре",
        "октябрь",
        "октября",
        "октябре",
        "ноябрь",
        "ноября",
        "ноябре",
        "декабрь",
        "декабря",
        "декабре",
        "понедельник",
        "вторник",
        "среда",
        "среду",
        "четверг",
        "пятница",
        "пятницу",
        "суббота",
        "субботу",
        "воскресенье",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)


# Numbers written as words: "задержаны трое граждан" and "четверо", "three citizens" and
# "four" are two statements as "3" and "4" are.
_NUMBER_WORDS_LIST = """
    один одна одно одного одной одному одним одном одну два две двух двум двумя три трёх трех
    трём трем тремя четыре четырёх четырех четырём четырем четырьмя пять пяти пятью шесть
    шести шестью семь семи семью восемь восьми восемью девять девяти девятью десять десяти
    десятью одиннадцать одиннадцати двенадцать двенадцати пятнадцать пятнадцати двадцать
    двадцати тридцать тридцати сорок сорока пятьдесят пятидесяти сто ста двести двухсот
    триста трехсот трёхсот двое двоих трое троих четверо четверых пятеро пятерых шестеро
    шестерых семеро семерых десятки десятков сотни сотен тысяча тысячи тысяч миллион миллиона
    миллионов
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty hundred hundreds thousand thousands million millions dozen dozens"""
_NUMBER_WORDS = frozenset(_NUMBER_WORDS_LIST.split())


def _entity(word: str) -> bool:
    """A number (in figures or words), a date or a proper name: what tells one statement of a
    template from another."""
    if word[:1].isdigit():  # 18, 2024, 3rd (an id-like "w123" is a word)
        return True
    folded = word.casefold()
    return (
        folded in _DATE_WORDS
        or folded in _NUMBER_WORDS
        or (word[:1].isupper() and folded not in _COMMON)
    )


def _misspelt(x: str, y: str) -> bool:
    """Whether a name ``y`` is ``x`` with two neighbouring letters swapped or one letter
    added or dropped: a typo. One letter *replaced* is another name (Ирака, Ирана)."""
    if len(x) == len(y):
        diff = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]]
    if abs(len(x) - len(y)) != 1 or min(len(x), len(y)) < 4:
        return False
    short, long = (x, y) if len(x) < len(y) else (y, x)
    i = next((k for k, (p, q) in enumerate(zip(short, long, strict=False)) if p != q), len(short))
    return short[i:] == long[i + 1 :]


def _respelt(x: str, y: str) -> bool:
    """Whether names ``x`` and ``y`` (case folded) are one name transliterated otherwise
    ("sergey", "sergei"; "пхомвихан", "фомвихан": :func:`archive.transliteration.canonical`).
    Not numbers or dates written in words: "then" is no spelling of "ten"."""
    if {x, y} & (_NUMBER_WORDS | _DATE_WORDS):
        return False
    return canonical(x) == canonical(y)


def _typo(a: list[str], b: list[str]) -> bool:
    """Whether ``b`` is ``a`` with each word misspelt at most slightly (same count, each pair
    close in spelling): a typo, not another name."""
    if len(a) != len(b):
        return False
    for word, other in zip(a, b, strict=True):
        x, y = word.casefold(), other.casefold()
        if x == y:
            continue
        if any(ch.isdigit() for ch in x + y):
            return False
        if _entity(word) or _entity(other):
            if not (_misspelt(x, y) or _respelt(x, y)):
                return False
        elif SequenceMatcher(None, x, y).ratio() < 0.75:
            return False
    return True


SLOT_WORDS = 8  # a replaced stretch this long or shorter fills a template's slot
_GAP_WORDS = 2  # differences this close together are one stretch


def stretches(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int, int, int]]:
    """The stretches where ``a`` and ``b`` differ (index ranges in each), differences with at
    most ``_GAP_WORDS`` equal words between them taken together."""
    out: list[tuple[int, int, int, int]] = []
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            continue
        if out and i1 - out[-1][1] <= _GAP_WORDS and j1 - out[-1][3] <= _GAP_WORDS:
            out[-1] = (out[-1][0], i2, out[-1][2], j2)
        else:
            out.append((i1, i2, j1, j2))
    return out


def substitution(
    a: Sequence[str], b: Sequence[str], *, templated: bool = False
) -> tuple[list[str], list[str]] | None:
    """The first place where ``b`` puts another number, date or proper name in the place of
    one of ``a`` (the words of each side), or None when the two differ only by added,
    dropped or misspelt words or by a rewritten passage longer than a template's slot
    (``SLOT_WORDS``; the similarity threshold judges those). ``a`` and ``b`` are
    :func:`core_words`.

    ``templated``: the post meets other posts like it besides this one (a template's
    family: condolences, congratulations, readouts). There any content word of a slot
    replaced on both sides is another statement ("earthquake" for "floods", "presidential"
    for "parliamentary"); alone, two posts one ordinary word apart ("urgent" for
    "immediate") are a copy reworded."""
    fa, fb = [fold_word(w) for w in a], [fold_word(w) for w in b]
    for i1, i2, j1, j2 in stretches(fa, fb):
        left, right = list(a[i1:i2]), list(b[j1:j2])
        if not left or not right or max(len(left), len(right)) > SLOT_WORDS:
            continue
        if _typo(left, right):
            continue
        if (i2 == len(a) or j2 == len(b)) and _cut_off(left, right):
            continue
        mine = {w.casefold() for w in left if _entity(w)}
        theirs = {w.casefold() for w in right if _entity(w)}
        if i1 == 0 and j1 == 0:
            # An opening reworded: a name or number it moved is still in the other post
            # ("Death toll from …, rises to 80" / "80 dead after …"); only what the other
            # lacks altogether fills a slot.
            mine = {w for w in mine if w.replace("ё", "е") not in fb}
            theirs = {w for w in theirs if w.replace("ё", "е") not in fa}
        if mine - theirs and theirs - mine:
            return left, right
        if templated and _replaced(fa[i1:i2], fb[j1:j2]):
            return left, right
    return None


_LIST_JOINS = frozenset({"и", "and", "or", "или", "а", "also", "также"})


def added_to_list(a: Sequence[str], b: Sequence[str]) -> list[str] | None:
    """The name or number one side adds to a list the other holds, or None: a sanctions list
    with a seventh name, "Kazakhstan, Kyrgyzstan and Tajikistan" for "Kazakhstan and
    Kyrgyzstan". Such a text contains the other whole, so containment calls it a copy; but
    it is another statement.

    A list item added: a stretch of at most ``SLOT_WORDS`` words on one side only, with a
    name or a number in it, inside the shorter text (not before its first word nor after its
    last: a copy adds its source's name there), right after a name or a number, and either
    a numbered item ("7 Мэтт Уэстерн") or followed by a name, a number or "and"."""
    fa, fb = [fold_word(w) for w in a], [fold_word(w) for w in b]
    for i1, i2, j1, j2 in stretches(fa, fb):
        if (i1 == i2) == (j1 == j2):
            continue  # a replacement (substitution's) or nothing
        short, at, added = (a, i1, b[j1:j2]) if i1 == i2 else (b, j1, a[i1:i2])
        if not 0 < at < len(short) or len(added) > SLOT_WORDS:
            continue
        if not any(_entity(w) for w in added) or not _entity(short[at - 1]):
            continue
        following = short[at]
        numbered = added[0].isdigit() and len(added) > 1 and _entity(added[1])  # "7 Мэтт Уэстерн"
        if numbered or _entity(following) or following.casefold() in _LIST_JOINS:
            return list(added)
    return None


def _folds(words: Sequence[str]) -> bool:
    """Whether :func:`fold_word` makes more of some of ``words`` than case folding does: a
    word with ё, or with underscores at its edges."""
    return any("ё" in w or "Ё" in w or w[0] == "_" or w[-1] == "_" for w in words)


def fold_word(word: str) -> str:
    """A word as two cores are compared word by word: case and ё/е aside, and underscores
    at its edges, which are markup ("__Russia shares the grief …__": Telegram's italics
    left in a text; a feed's copy drops them)."""
    return word.casefold().replace("ё", "е").strip("_")


def _replaced(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether each side of a short differing stretch (folded words) has a content word of
    its own: a template's slot filled with another event, office or occasion ("earthquake"
    for "floods", "presidential" for "parliamentary"), not only another name. A word and
    another form of it (a shared beginning: "Лавров", "Лаврова") are one word; function
    words ("the", "a", "в") do not count."""
    mine, theirs = content_words(left), content_words(right)
    return any(not _same_word(w, theirs) for w in mine) and any(
        not _same_word(w, mine) for w in theirs
    )


def content_words(words: Sequence[str]) -> list[str]:
    """The words of ``words`` (folded) that say something: numbers, and words of three letters
    or more that are not function words ("the", "with", "для", "это")."""
    return [w for w in words if w[:1].isdigit() or (len(w) > 2 and w not in _FUNCTION)]


def _same_word(word: str, others: Sequence[str]) -> bool:
    """``word`` is one of ``others`` or another form of it: the two share their beginning up
    to the last three letters of the shorter (at least four letters)."""
    for other in others:
        stem = max(4, min(len(word), len(other)) - 3)
        if word == other or (len(word) >= 4 and len(other) >= 4 and word[:stem] == other[:stem]):
            return True
    return False


# Words that carry no statement of their own: a slot changed only in these is no new event.
_FUNCTION_WORDS = """
    the and but for with from into onto over under about than then that this these those
    which who whom whose what when where while was were are has have had been being will
    would shall should can could may might must not also very more most such its their
    his her our your they them she him you all any each both some other another same
    again just only even still yet here there now
    без для его ее её их как или это эти этот эта что чтобы так также уже еще ещё был
    была были было будет будут есть при про над под после перед через между она они оно
    тот той том тех все всё всех весь чем кто где когда если даже только вот там тут
"""
_FUNCTION = frozenset(_FUNCTION_WORDS.split())


def _cut_off(left: list[str], right: list[str]) -> bool:
    """A text cut off mid-word at its end ("... Hakan Fi…"): one word that begins the other
    side's first word."""
    for short, long in ((left, right), (right, left)):
        if len(short) == 1 and long and long[0].casefold().startswith(short[0].casefold()):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What near-duplicate detection keeps of a clean text: its core words, the word-pair
    shingles of those and their MinHash signature (both empty for a short post), and its
    band keys (the signature's, or the :func:`short_keys` of a short post)."""

    core: tuple[str, ...]
    shingles: np.ndarray
    signature: np.ndarray
    bands: tuple[int, ...]
    cut: bool = False  # see ends_cut: read from the same core

    @property
    def short(self) -> bool:
        return is_short(self.shingles, self.bands)

    @property
    def brief(self) -> bool:
        return is_brief(self.core, self.bands)


def is_short(shingles: np.ndarray, bands: tuple[int, ...]) -> bool:
    """Too few core words for shingles: compared by its one short key and by time."""
    return not len(shingles) and bool(bands)


def is_brief(core: tuple[str, ...], bands: tuple[int, ...]) -> bool:
    """A one-liner: a copy only when published close in time (SHORT_WINDOW)."""
    return bool(bands) and len(core) < BRIEF_WORDS


def core_shingles(clean: str) -> tuple[tuple[str, ...], np.ndarray]:
    """The core words of a clean text and their word-pair shingles (what a stored candidate
    is verified by; its signature is stored already)."""
    core, sh, _ = core_parts(clean)
    return core, sh


def core_parts(clean: str) -> tuple[tuple[str, ...], np.ndarray, bool]:
    """:func:`core_shingles` and :func:`ends_cut` from one reading of the core."""
    text = core_text(clean)
    core = _TOKEN.findall(text)
    cut = text.rstrip().endswith(_CUT_END)
    if len(core) < MIN_WORDS:
        return tuple(core), shingles(""), cut
    return tuple(core), _pairs(core), cut


def compared(core: Sequence[str], pairs: np.ndarray) -> np.ndarray:
    """The word pairs two posts are compared by: ``pairs`` (:func:`core_parts`'), or, for a
    core holding ё or a word in underscores, the pairs of its words as :func:`fold_word`
    makes them: ё read as е ("уточнённым", "уточненным": a copy retyped), underscores at a
    word's edges dropped ("__Russia": italics left as text, which a copy drops). The
    signature and its band keys stay those of the words as written, as every archive has
    them stored; only the check of a candidate folds them, so only a candidate pays."""
    if not len(pairs) or not _folds(core):
        return pairs
    words = [w for w in map(fold_word, core) if w]  # "__" alone is no word
    return sorted_unique(pair_hashes(words)) if len(words) > 1 else pairs


def _pairs(core: Sequence[str]) -> np.ndarray:
    """The word-pair shingles of ``core`` (case folded)."""
    # The words already split: archive.dedup.shingles would split the text again. Folded
    # in one go, one word a line (casefold makes no newline), then split there.
    return sorted_unique(pair_hashes("\n".join(core).casefold().split("\n")))


def fingerprint(clean: str) -> Fingerprint:
    core, sh, cut = core_parts(clean)
    sig = signature(sh)
    bands = signature_band_keys(sig) if len(sh) else (short_keys(core) if core else ())
    if len(core) >= MIN_WORDS:
        # Its first words: a copy with a sentence added or cut off at the end starts the
        # same, though in a short post that moves its word pairs too far for MinHash to
        # bring the two together. Verification decides as for any candidate.
        bands = (*bands, short_key(core[:MIN_WORDS], b"prefix"))
        if cut:  # a preview: also where the posts it may have cut look for it
            bands = (*bands, preview_key(core))
    if len(core) == MIN_WORDS:
        # A post of the fewest words that get shingles also meets the short posts one word
        # shorter: itself cut off by a word, or with a word misspelt out of its pairs.
        bands = tuple(sorted({*bands, *short_keys(core)}))
    return Fingerprint(tuple(core), sh, sig, bands, cut)


CONTAINED = 0.9  # share of the shorter post's word pairs found in the longer one
CONTAINED_SIZE = 0.4  # ... when the shorter has at least this share of the longer's pairs


def contained(a: np.ndarray, b: np.ndarray) -> float:
    """The share of the smaller of two :func:`archive.dedup.shingles` arrays found in the
    other, when at least :data:`CONTAINED` and the smaller is at least
    :data:`CONTAINED_SIZE` of the larger; else 0.0. A copy with one sentence added, or cut
    off before its end, is contained in its original (or holds it) though its Jaccard
    similarity falls below the threshold when the post is short; the size bound keeps a
    one-line announcement from being a copy of the long readout that repeats it."""
    small, large = sorted((len(a), len(b)))
    if not small or small < CONTAINED_SIZE * large:
        return 0.0
    share = len(np.intersect1d(a, b, assume_unique=True)) / small
    return share if share >= CONTAINED else 0.0


PREVIEW_WORDS = 8  # a preview keeps at least this many words of the post


def preview_key(core: Sequence[str]) -> int:
    """The band key under which a preview (a post whose core ends on an ellipsis) of at
    least :data:`MIN_WORDS` words is also stored: its first words, keyed apart from the
    first-words key of every post. A post looks its own up there (it is not one of its
    bands) to meet the previews cut from it, which the signature estimate rules out: a
    20-word preview of a 100-word statement is at a similarity near 0.2."""
    return short_key(core[:MIN_WORDS], b"preview")


def ends_cut(clean: str) -> bool:
    """Whether the statement itself (:func:`core_text`) ends on an ellipsis: a preview cut
    off by a channel or a feed ("... dialogue and respect for…", then maybe "Read more")."""
    return core_text(clean).rstrip().endswith(_CUT_END)


def also_a_copy(a: Sequence[str], b: Sequence[str], a_cut: bool, b_cut: bool) -> bool:
    """Copies that word pairs measure badly (``a`` and ``b`` are :func:`core_words`):

    - a *preview*: one side ends on an ellipsis and its words are the other's first words
      (the last one maybe cut mid-word), at least :data:`PREVIEW_WORDS` of them, however
      short the preview is against the whole post (containment's size bound is for posts
      that merely repeat a line, not for a post cut off on purpose);
    - the same words *misspelt*: as many words, every difference a typo (:func:`_typo`),
      at most one word in five: in a short post two typos break four of its word pairs;
    - the same text under a *reworded opening* (:func:`reworded_opening`): a heading or a
      lead an aggregator rewrote, the rest word for word.
    """
    fa, fb = [fold_word(w) for w in a], [fold_word(w) for w in b]
    for short, long, cut in ((fa, fb, a_cut), (fb, fa, b_cut)):
        if cut and PREVIEW_WORDS <= len(short) < len(long):
            head, last = short[:-1], short[-1]
            if long[: len(head)] == head and long[len(head)].startswith(last):
                return True
    if reworded_opening(a, b, fa, fb):
        return True
    if len(fa) != len(fb) or not fa or fa == fb:
        return False
    changed = [i for i, (x, y) in enumerate(zip(fa, fb, strict=True)) if x != y]
    return len(changed) * 5 <= len(fa) and all(_typo([a[i]], [b[i]]) for i in changed)


OPENING_WORDS = 30  # a heading or a lead an aggregator rewrote is at most this long
BODY_SHARE = 0.5  # ... and the text after it, word for word, at least this share of each
BODY_WORDS = 12  # ... and at least this many words


def reworded_opening(
    a: Sequence[str],
    b: Sequence[str],
    fa: Sequence[str] | None = None,
    fb: Sequence[str] | None = None,
) -> bool:
    """Whether ``b`` is ``a`` with its heading or first sentence rewritten, the rest word
    for word: each differs from the other only in its first :data:`OPENING_WORDS` words or
    fewer, the rest of each is the same words (at least :data:`BODY_SHARE` of each, and
    :data:`BODY_WORDS`), and each opening names no name, number or date the other post
    lacks: an aggregator's "80 dead after a ferry disaster hits Indonesia" over the agency's
    "Death toll from a ferry disaster in Indonesia rises to 80". A template's statement for
    another country or day under the same boilerplate names them: its slot is its opening.
    ``fa``, ``fb``: the words as :func:`fold_word` makes them, if made already."""
    fa = fa if fa is not None else [fold_word(w) for w in a]
    fb = fb if fb is not None else [fold_word(w) for w in b]
    body = 0  # the common end, walked back from the last word
    for x, y in zip(reversed(fa), reversed(fb), strict=False):
        if x != y:
            break
        body += 1
    ends = len(fa) - body, len(fb) - body
    if not all(ends) or max(ends) > OPENING_WORDS or body < BODY_WORDS:
        return False
    if body < BODY_SHARE * len(fa) or body < BODY_SHARE * len(fb):
        return False
    # A sentence's first word is capitalised anyway: no name.
    return _names_found(a[1 : ends[0]], fb) and _names_found(b[1 : ends[1]], fa)


def _names_found(words: Sequence[str], other: Sequence[str]) -> bool:
    """Whether every name, number and date of ``words`` (but a sentence's first word, which
    is capitalised anyway) is in ``other`` (folded words), in some form of it."""
    for word in words:
        if not _entity(word):
            continue
        w = fold_word(word)
        if w[:1].isdigit() or w in _NUMBER_WORDS or w in _DATE_WORDS:
            if w not in other:
                return False
        elif not _same_word(w, other) and not any(_respelt(w, o) for o in other):
            return False
    return True

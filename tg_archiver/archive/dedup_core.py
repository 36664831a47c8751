"""The part of a post near-duplicate detection compares (:func:`core_text`): the clean text
without what channels and aggregators put around a statement. A channel's signature (a last
paragraph of short lines carrying a link, an @handle or hashtags, "Subscribe: ..."), lines of
hashtags only, an aggregator's rubric over the post ("#дипломатия | коротко"), a "Forwarded
from" line or Telegram Desktop's "Name, [date time]" over a pasted message, a reposter's name
line or an agency's dateline ("МОСКВА, 9 ноября. /ТАСС/.", :mod:`archive.pasted`), a heading
marker ("⚡️ Breaking:", "Срочно:"), a list's numbers ("1. Беларусь": a marker, as an
emoji bullet or a hyphen is), a preview's "Read more" (and a reposter's line under its
cut) and a link at the very end weigh nothing, so the body decides (archive/similarity.py
says how). A lead over "Подробнее: https://…" ends on an ellipsis, as a preview's core does.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from tg_archiver.archive import lazy_re
from tg_archiver.archive.dedup_words import content_words, entity
from tg_archiver.archive.edge_lines import (
    is_bare_label,
    is_caps_lead,
    is_echoed_heading,
    is_translation_note,
)
from tg_archiver.archive.furniture import is_promotion
from tg_archiver.archive.line_words import line_words
from tg_archiver.archive.paragraphs import strip_closing
from tg_archiver.archive.pasted import is_name_line, without_dateline, without_paste_header

TOKEN = lazy_re.compile(r"\w+")
_LINK = lazy_re.compile(
    r"(?:https?://|www\.|t\.me/|\b[\w-]+\.(?:ru|com|org|net|info)\b|@\w{3,})", re.I
)
_HASHTAG = lazy_re.compile(r"#\w+")
# "Подпис" only as "subscribe" says it: «Подписал распоряжение …» opens a statement
# (session 54).
_SIGN_OFF = lazy_re.compile(
    r"^\W*(?:subscribe|follow us|source|read (?:in full|more)|join us|подпис(?:ывайтесь|аться"
    r"|ывайся|ка\b)|подпишитесь|чита(?:ть|йте)|источник|наш канал|присоединяйтесь"
    r"|via\s+@\w)",  # "— via @channel" (session 49)
    re.I,
)
# A preview's tail: the text cut off at an ellipsis, then "Read more" and maybe a link.
_MORE = lazy_re.compile(
    r"(…|\.\.\.)[ \t]*[(\[]?(?:read more|read in full|continue reading|full text|подробнее"
    r"|читать (?:далее|полностью|дальше)|далее|полный текст)[)\]]?[ \t]*(?:[:>»→-]+[ \t]*)?"
    r"\S*[ \t]*$",  # then at most a link, and the end; "… (read more)" too (session 55)
    re.I,
)
CUT_END = ("…", "...")
# A text that ends on an initial ("… возглавит заместитель Министра А.", "… by the Permanent
# Representative M. I."): no statement ends so, a channel or a feed cut it before the
# surname (session 55), as if it ended on an ellipsis.
_INITIAL_END = lazy_re.compile(r"(?:^|[\s.])[A-ZА-ЯЁ]\.$")
# A line of its own after the cut: "👉 Read more", "Читать полностью →", maybe with a link.
_MORE_LINE = lazy_re.compile(
    r"^\W*(?:read more|read in full|continue reading|full text|подробнее"
    r"|читать (?:далее|полностью|дальше)|далее|полный текст)\W*(?:\S*)[ \t]*$",
    re.I,
)
_FORWARDED = lazy_re.compile(
    r"^\W*(?:forwarded from|reposted from|переслано (?:от|из)|репост)\b", re.I
)
# A relay's lead before the post on its first line: "Reposted from @x: …", «Репост @x: …»,
# "RT @x: …", "QT @x:", «Цитата:», "Quote:" (session 54): the text after it is the post's.
_RELAYED = lazy_re.compile(
    r"^\W*(?:(?:forwarded from|reposted from|переслано (?:от|из)|репост(?: из)?)[ \t]+@\w+"
    r"|(?:rt|qt)[ \t]+@\w+|(?:quote|цитата)(?:[ \t]+@\w+)?)[ \t]*:[ \t]*",
    re.I,
)
_MARKER = lazy_re.compile(
    r"^\W*(?:breaking(?: news)?|urgent|just in|live|officially|срочно|молния|важно|экстренно"
    r"|официально)"
    # "Срочно:", "Breaking —", "🔴 СРОЧНО. …", "⚡️СРОЧНО | …" (session 51), or the word on a
    # line of its own: "❗️ BREAKING"
    # "‼️СРОЧНО‼️ …" (session 52)
    r"(?:\s*[:!|—–‼❗\ufe0f-]+|\.[ \t]|[ \t]*[^\w\s]*[ \t]*(?=\n))\s*",
    re.I,
)
# A live feed's time stamp before what it relays: "[22:17] …", "10:23 | …" (session 49; a
# time in a statement's own words, "В 10:23 …", has no brackets nor a bar after it).
_STAMP = lazy_re.compile(r"^\s*(?:\[\d{1,2}:\d{2}\]|\d{1,2}:\d{2}[ \t]*\|)[ \t]*")
# A channel's heading line over what it relays: a name of at most this many capitalised
# words, maybe "сообщает" after it, and a colon, on a line of its own ("МИД России:", "MFA
# Russia:", "🇷🇺 МИД России сообщает:"). "Заявление МИД полностью:", "Statement in full:"
# say something of the text: not dropped.
_NAME_HEADING_WORDS = 3
_REMARK_WORDS = 6  # a reposter's remark over a post, a paragraph of its own, is this short
_POINTING = ("👇", "⬇️", "⬇", "⤵️")  # a remark's mark pointing at the post below it
_REPORTS = frozenset({"сообщает", "сообщают", "заявляет", "информирует", "reports", "says"})
# A closing line that says nothing, as agencies and ministries end a post: "We will keep you
# posted.", "More to follow.", "Stay tuned.", "Следим за развитием событий.", "Подробности
# позже." A last paragraph of that one line weighs nothing, as a signature does.
_CLOSING = lazy_re.compile(
    r"(?:we(?: ll| will| shall)? (?:keep|be keeping) (?:you|our readers)"
    r" (?:posted|updated|informed)"
    r"|(?:more|further) (?:details|information|updates)? ?(?:to follow|to come|soon|later)"
    r"|more to follow|(?:details|updates) (?:to follow|soon|later)|stay tuned"
    r"|(?:this is an? )?(?:developing|breaking) story|the story is developing"
    r"|watch this space|follow (?:us )?for (?:more )?updates"
    r"|(?:мы )?следим за (?:развитием )?(?:событий|ситуацией|ситуации)"
    r"|следите за (?:новостями|обновлениями|развитием событий)"
    r"|(?:будем )?держ(?:ать|им) (?:вас )?в курсе(?: событий)?"
    r"|подробности (?:позже|следуют|уточняются|скоро|в ближайшее время)"
    r"|(?:информация|новость|материал) (?:уточняется|дополняется|обновляется)"
    r"|оставайтесь с нами|ждем (?:реакции|подробностей|продолжения)"
    r"|ранее мы (?:писали|сообщали) об этом)",
    re.I,
)
_CLOSING_WORDS = 8
# "Photo:", «Фото:», "Photo credit —", "Photo by …", «Фото с сайта …», or the copyright sign.
_CREDIT = lazy_re.compile(
    # "Видео: https://t.me/…" is the post's own link, no credit.
    r"^[^\w©]*(?:(?:photo|video|image|фото|видео)(?: credit)?\s*[:—–-](?!\s*(?:https?://|t\.me/))|©"
    r"|(?:photos?|videos?|фото|видео)\s+(?:by|from|via|courtesy|с сайта|из|предоставлено)\b)"
    r"\s*\S",
    re.I,
)
_CREDIT_WORDS = 8
# A wire's byline in brackets on a line of its own: "(Reporting by …; Editing by …)",
# "(Compiled by … staff)" (session 52), whose names may be many.
_BYLINE = lazy_re.compile(
    r"^\((?:additional )?(?:reporting|writing|editing|compiled|written|edited) by\b[^()\n]*\)$",
    re.I,
)
_BYLINE_WORDS = 20
_SIGNATURE_LINE_WORDS = 12  # a line of a signature block is short
_SIGNATURE_LINES = 5


def tag_line_words(clean: str) -> frozenset[str]:
    """The hashtags (case folded, without "#") of ``clean``'s lines of hashtags only, which
    the core leaves out: what :func:`archive.store.vetoes.tagged_apart` compares."""
    if "#" not in clean:
        return frozenset()
    lines = [line for line in clean.split("\n") if _is_tag_line(line)]
    return frozenset(t[1:].casefold() for line in lines for t in _HASHTAG.findall(line))


def _is_tag_line(line: str) -> bool:
    """A line of hashtags only (and emoji or punctuation between them)."""
    # "#" looked for first: most lines have none, and the pattern's scan costs more.
    return "#" in line and bool(_HASHTAG.search(line)) and not TOKEN.search(_HASHTAG.sub("", line))


def _is_credit(line: str) -> bool:
    """A photo's credit on a line of its own, above or below the text ("📷 Photo: © rfs.ru",
    "Фото: пресс-служба Кремля", "© Reuters"): whose picture it is, not what was said (a
    copy adds or drops it; session 51). At most :data:`_CREDIT_WORDS` words."""
    if line[:1] == "(" and _BYLINE.match(line.strip()):
        return len(TOKEN.findall(line)) <= _BYLINE_WORDS
    m = _CREDIT.match(line)
    return m is not None and len(TOKEN.findall(line)) <= _CREDIT_WORDS


def _signs_off_short(line: str) -> bool:
    """Whether ``line`` is a sign-off ("Subscribe: …", «Источник: ТАСС») as short as a
    signature's line: «Источник в МИД сообщил, что …» is the statement (session 54)."""
    return _SIGN_OFF.match(line) is not None and len(line_words(line)) <= _SIGNATURE_LINE_WORDS


def _signs_off(line: str) -> bool:
    """A line a signature block has: a link, a sign-off, or hashtags with a few words at
    most ("🇷🇺 #MFARussia"); not a sentence that tags a word ("Об угрозах … против стран
    #БРИКС", a briefing's list of topics)."""
    if _LINK.search(line) or _SIGN_OFF.match(line) or is_promotion(line.strip()):
        return True  # "РИА Новости. Подписаться": the link is the word's
    return bool(_HASHTAG.search(line)) and len(TOKEN.findall(_HASHTAG.sub("", line))) <= 4


def _strip_signature(lines: list[str]) -> list[str]:
    """``lines`` without trailing signature paragraphs: the last paragraph goes while it has
    at most ``_SIGNATURE_LINES`` short lines and one of them links, tags or says "subscribe"
    (its other lines, "🇷🇺 MFA Russia", are the channel's name)."""
    return strip_closing(lines, _is_signature)


def _is_signature(block: list[str], before: Sequence[str]) -> bool:
    if not before:
        return False  # the only paragraph is the body, whatever it holds
    if len(block) == 1 and is_name_line(block[0], before):
        return True  # "🌍 World Diplomacy Digest": a channel's name, no link (archive.pasted)
    if len(block) == 1 and closes(block[0]):
        return True  # "We will keep you posted.": a closing line with no fact
    if any(_cut_sentence(line) for line in block):
        return False  # "… остаётся выше цели. Банк России будет…": a preview's last line
    return (
        len(block) <= _SIGNATURE_LINES
        and all(len(line_words(line)) <= _SIGNATURE_LINE_WORDS for line in block)
        and any(_signs_off(line) for line in block)
    )


def closes(line: str) -> bool:
    """Whether ``line`` is a closing line that says nothing (:data:`_CLOSING`), all of it
    but the emoji and punctuation around: "We will keep you posted.", "⏳ Подробности
    позже…". "We will keep you posted on the talks in Doha" names something: not one."""
    if len(line_words(line)) > _CLOSING_WORDS:
        return False  # a paragraph's line (ё and е are both a word's letters: as many words)
    words = TOKEN.findall(line.replace("ё", "е").replace("Ё", "Е"))
    return 0 < len(words) <= _CLOSING_WORDS and bool(_CLOSING.fullmatch(" ".join(words)))


def _cut_sentence(line: str) -> bool:
    """Whether ``line`` is running text cut off on an ellipsis ("… Банк России будет…", "We
    express our…": a preview's last line, under which a reposter signs), not a sign-off
    ("Читать далее…", "Read in full…") or a link."""
    return (
        line.rstrip().endswith(CUT_END)
        and len(line_words(line)) > 1
        and not _SIGN_OFF.match(line)
        and not _MORE_LINE.match(line)
        and not _LINK.search(line)
    )


# A link at the very end of the statement, maybe after a label: "… поселений Полный текст:
# https://www.belta.by/…", "… diplomats.\nhttps://mid.ru/…?utm_source=telegram".
_URL_AT_END = lazy_re.compile(r"(?:https?://|www\.|t\.me/)\S+\s*$", re.I)
_LINK_LABEL = lazy_re.compile(
    r"(?:full text|read more|read in full|more|source|details|полный текст|подробнее"
    r"|читать(?: далее| полностью)?|источник)[ \t]*[:：]?[ \t]*[→➡️👉🔗 \t]*$",
    re.I,
)
_LABEL_CHARS = 40  # a label is looked for this far before the link
# A label that says the text goes on behind the link ("Read more:", "Подробнее:", "Читать
# далее"), not where it comes from ("Source:", "Полный текст" of a document named).
_READ_ON = lazy_re.compile(
    r"(?:^|\W)(?:read more|read in full|continue reading|подробнее|читать(?: далее| полностью)?)"
    r"[ \t]*[:：]?[ \t]*[^\w\s]*[ \t]*(?:https?://|www\.|t\.me/)\S+\s*$",
    re.I,
)


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


def _reads_on(line: str) -> bool:
    """Whether ``line`` ends sending the reader to the rest of the statement behind a link:
    "Подробнее: https://…", "… выше цели. 👉 Read more: https://mid.ru/…"."""
    return ("http" in line or "www." in line or "t.me/" in line) and bool(_READ_ON.search(line))


# A scraper's markup: entities and line breaks of the HTML a post was read from.
_ENTITY = lazy_re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.I)
_BREAK = lazy_re.compile(r"<br\s*/?>|</?(?:p|div)(?:\s[^<>]*)?>", re.I)
# Inline markup a scraper keeps ("<b>", "<i>", "<strong>", "<span class=…>"): no words.
_INLINE = lazy_re.compile(r"</?(?:b|i|u|em|strong|span|a)(?:\s[^<>]*)?>", re.I)


def _unmarked(text: str) -> str:
    """``text`` with a scraper's HTML undone: entities read («&mdash;» is «—», «&laquo;» «),
    ``<br>``, ``<p>`` and ``<div>`` line breaks, inline tags (``<b>``, ``<a href=…>``) none
    (session 49). Only the core is read so: the clean text keeps what was posted."""
    if "<" in text:
        text = _INLINE.sub("", _BREAK.sub("\n", text))
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return text


def _has_cut(text: str) -> bool:
    """Whether ``text`` has an ellipsis, without which :data:`_MORE` finds nothing (two
    substring tests, a fraction of the pattern's scan of a whole post)."""
    return "…" in text or "..." in text


def _strip_preview_tail(lines: list[str]) -> list[str]:
    """``lines`` without the "Read more" lines after a line cut off on an ellipsis, or the
    "Read more" and its link after the ellipsis on its line ("🔹… Read more →"): a preview's
    tail, which must not make its paragraph look like a signature, nor its cut line a
    sign-off."""
    end = len(lines)
    while end and (not lines[end - 1].strip() or _MORE_LINE.match(lines[end - 1])):
        if _has_cut(lines[end - 1]) and (m := _MORE.search(lines[end - 1])) is not None:
            return [*lines[: end - 1], lines[end - 1][: m.end(1)]]  # the cut line itself
        end -= 1
    if end < len(lines) and end and lines[end - 1].rstrip().endswith(CUT_END):
        return lines[:end]
    if end and _has_cut(lines[end - 1]) and (m := _MORE.search(lines[end - 1])) is not None:
        # "… respect for… Read more: https://…": a short last paragraph with a link, which
        # the signature rule would take for a signature
        return [*lines[: end - 1], lines[end - 1][: m.end(1)]]
    return lines


_RUBRIC = lazy_re.compile(r"^[^\w#]*#\w")  # a line that starts with a hashtag
_RUBRIC_WORDS = 3


def _strip_rubric(lines: list[str]) -> list[str]:
    """``lines`` without an aggregator's rubric over the post: a first line that starts with
    a hashtag and has at most ``_RUBRIC_WORDS`` other words, none a name, number or date
    ("#дипломатия | коротко", "⚡️ #news | in brief"), when text follows it. A first line
    with a name or a date in it ("#Брифинг 5 марта") may be the statement's own slot: kept."""
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or not _RUBRIC.match(lines[first]):
        return lines
    words = TOKEN.findall(_HASHTAG.sub("", lines[first]))
    if len(words) > _RUBRIC_WORDS or any(entity(w) for w in words):
        return lines
    rest = lines[first + 1 :]
    return rest if any(line.strip() for line in rest) else lines


_UNDER_CUT = 3  # a reposter's lines under a preview's cut line: this many at most


def _strip_under_cut(lines: list[str]) -> list[str]:
    """``lines`` without a reposter's lines under a preview's cut line ("… We express our…",
    then "via @MFARussia" or "Источник: МИД России" in the same paragraph), which keep the
    cut paragraph from being a signature and would be the statement's last words."""
    end = _last_line(lines)
    under = range(end - 1, max(end - 1 - _UNDER_CUT, 0), -1)
    if not any(lines[n - 1].rstrip().endswith(CUT_END) for n in under):
        return lines  # no cut line above (_cut_sentence): the sign-offs are not read
    for n in under:
        if not lines[n].strip() or not _signs_off(lines[n]):
            return lines
        if _cut_sentence(lines[n - 1]):
            return lines[:n]
    return lines


# Markdown's underscores left in by a client that did not render them ("__прибыл в__", "_⚡️
# Lavrov_"): at a word's edge, never inside one ("snake_case"). Alone between a space and
# an emoji they would be a word of their own.
_UNDERSCORES = lazy_re.compile(r"(?<![^\W_])_+|_+(?![^\W_])")


# A word broken at a hard wrap with a hyphen ("Учас-\nтники", "Humanita-\nrian"), as a mail
# gateway relays a post: read whole. Only before a small letter: "Нью-\nЙорк" keeps its
# hyphen, which makes two words either way.
_BROKEN = lazy_re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")


def _joined(m: re.Match[str]) -> str:
    return "" if m.string[m.end()].islower() else m.group()


def _name_heading(line: str) -> bool:
    """Whether ``line`` is a channel's heading line: a name and a colon ("МИД России:", "МИД
    России сообщает:")."""
    words = TOKEN.findall(line)
    if len(words) > 1 and words[-1] in _REPORTS:
        words = words[:-1]  # "МИД России сообщает:"
    return (
        line.rstrip().endswith(":")
        and 0 < len(words) <= _NAME_HEADING_WORDS
        and all(w[:1].isupper() for w in words)
    )


def _remark(line: str, rest: str) -> bool:
    """Whether ``line``, a paragraph of its own over ``rest``, is a reposter's remark over
    what it relays: a phrase of common words and a colon ("Из официальных источников:", "In
    case you missed it:"; session 52): a word that says nothing of the statement among them
    (из, in, it), no figure, no capital but the first letter's. Not a place or a name's
    line («Курская область:»: no such word), nor one that names the statement («Заявление
    МИД:»). Or a line that points down at it ("FYI 👇", «Важно 👇»; session 53)."""
    pointing = line.rstrip().endswith(_POINTING)
    if not (pointing or line.rstrip().endswith(":")) or not rest.startswith("\n"):
        return False
    words = TOKEN.findall(line)
    if pointing:
        # A line pointing at the post below ("Важно 👇", "FYI 👇", "Worth noting 👇";
        # session 53): a remark whatever its words, but a figure or a name's.
        few = 0 < len(words) <= _REMARK_WORDS and not any(w[:1].isdigit() for w in words)
        return few and not any(w[:1].isupper() for w in words[1:])
    if not 2 <= len(words) <= _REMARK_WORDS or any(w[:1].isupper() for w in words[1:]):
        return False
    folded = [w.casefold() for w in words]
    said = content_words(folded)
    return len(said) < len(folded) and not any(w[:1].isdigit() for w in folded)


def _without_headings(text: str) -> str:
    """``text`` without heading markers ("⚡️ Breaking:", "Срочно:", "❗️ BREAKING" on a line
    of its own), a channel's heading line ("МИД России:"), a reposter's remark ("In case
    you missed it:") and a rubric the body says itself ("UN", «Назначения»: edge_lines.py)
    over the statement, one after another ("❗️ BREAKING\nLIVE: …")."""
    while True:
        if (m := _MARKER.match(text) or _STAMP.match(text)) is not None:
            text = text[m.end() :]
            continue
        first, sep, rest = text.partition("\n")
        if (
            sep
            and rest.strip()
            and (
                _name_heading(first)
                or _remark(first, rest)
                or is_echoed_heading(first, rest)
                or is_caps_lead(first, rest)
            )
        ):
            text = rest.lstrip()
            continue
        return text


# A list's number at a line's start ("1. Беларусь", "2) Lumen Energy Trading"): a marker, as
# an emoji bullet, a hyphen or "•" is (none of which is a word). A list re-marked ("✅
# Беларусь" as "1. Беларусь") is the same list; two lists one entry apart still differ in
# that entry. One or two digits, then "." or ")" and a space: "16 апреля", "1.5%" and
# "2026." are not markers.
# Also as other hands number a list (session 54): "1 — …", "1: …", "(1) …", "1️⃣ …".
_LIST_NUMBER = lazy_re.compile(
    r"^([^\w\n]*)\d{1,2}(?:[.):]|[ \t]+[—–]|\ufe0f?\u20e3)[ \t]+(?=\S)", re.M
)


# A list's numbers inside its lines, a copy's lines joined or wrapped anew ("1. Москва 2.
# Московская область 3. …"; session 52).
_INLINE_NUMBER = lazy_re.compile(r"(?<![^\s])(\d{1,2})\.[ \t\n]+(?=\S)")


def _without_list_numbers(text: str) -> str:
    """``text`` without the numbers of a numbered list, where two lines at least have one,
    or where one line begins "1." and "2.", "3." … follow inside lines, in order."""
    starting = len(_LIST_NUMBER.findall(text))
    if starting == 1:
        inline = list(_INLINE_NUMBER.finditer(text))
        numbers = [int(m.group(1)) for m in inline]
        if len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1)):
            return _INLINE_NUMBER.sub("", text)
    if starting < 2:
        return text
    return _LIST_NUMBER.sub(r"\1", text)


# An export's or a dump's mark of a message edited, at the text's end: a line of its own
# ("✏️ изменено", "[edited]") or in brackets after the last line's words ("… (edited)").
_EDITED_LINE = lazy_re.compile(r"^[^\w\n]*(?:edited|изменено)[^\w\n]*$", re.I)
_EDITED_AFTER = lazy_re.compile(r"[ \t]+(?:\((?:edited|изменено)\)|\[(?:edited|изменено)\])$", re.I)


# A reposter's note in brackets of where it took a post from, at the text's end: "[via
# @vektor_lenta]", "[h/t Northgate Wire]", "(Source: Russian MFA 🇷🇺)", «(по материалам
# канала «Меридиан»)», «(источник: РЖД)», an emoji maybe after it.
_ATTRIBUTION = lazy_re.compile(
    r"(?:^|[ \t]+)[(\[](?:via|h/t|hat tip|source|по материалам|источник)\b[^()\[\]\n]{0,80}"
    r"[)\]][^\w\n]*$",
    re.I,
)


def _without_edited_mark(lines: list[str]) -> list[str]:
    """``lines`` without the mark of a message edited at their end (session 53: a text
    dump's or an export's "(edited)", «✏️ изменено»): when the message was edited is not
    what it says. A sentence that ends with the word ("The text was edited.") keeps it."""
    end = _last_line(lines)
    if end > 1 and _EDITED_LINE.match(lines[end - 1].rstrip()):
        return lines[: end - 1]
    return _without_end_mark(lines, _EDITED_AFTER)


def _without_end_mark(lines: list[str], mark: re.Pattern[str]) -> list[str]:
    """``lines`` without ``mark`` at the end of their last line that holds anything (that
    line gone when it is the mark alone and others hold the text)."""
    end = _last_line(lines)
    if not end:
        return lines
    last = lines[end - 1].rstrip()
    if (m := mark.search(last)) is None:
        return lines
    if not m.start() and end > 1:
        return lines[: end - 1]
    return [*lines[: end - 1], last[: m.start()]] if m.start() else lines


def _last_line(lines: list[str]) -> int:
    """How many of ``lines`` there are up to the last that holds anything."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    return end


# What the first line of a pasted message's header holds (pasted.without_paste_header).
_PASTE_MARKS = ("[", "--", "==", "##", ">>", "**")


# A Markdown quote's mark at a line's start: a reposter quotes the whole post under its remark
# ("> 🎙 Завтра в 11:00 — брифинг …"; session 52). No word, but the lines' rules (a link's
# line, a signature) read a line from its start.
_QUOTED = lazy_re.compile(r"^>[ \t]?", re.M)


# A bot's MarkdownV2 escapes ("Из\-за", "движение\.", "\#МЧС", "@mchs\_operativno"): the
# character escaped is the text's (session 55).
_MARKDOWN_ESCAPE = lazy_re.compile(r"\\([_*\[\]()~`>#+\-=|{}.!\\])")


def core_text(clean: str) -> str:
    """The part of a post's clean text that is the statement itself (see the module doc)."""
    if "\\" in clean:
        clean = _MARKDOWN_ESCAPE.sub(r"\1", clean)
    clean = _unmarked(clean)
    if ">" in clean:
        clean = _QUOTED.sub("", clean)
    if ". " in clean or ") " in clean or "\u20e3" in clean or " — " in clean or ": " in clean:
        clean = _without_list_numbers(clean)
    if "_" in clean:
        clean = _UNDERSCORES.sub("", clean)
    if "-\n" in clean or "- " in clean:
        clean = _BROKEN.sub(_joined, clean)
    lines = clean.split("\n")
    if "#" in clean:
        lines = [line for line in lines if not _is_tag_line(line)]
    # What a text with a credit line holds somewhere, looked for before its lines are read:
    # a substring each ("photo", «Фото», "Video", «видео», "image", "(Reporting by"), not a
    # pattern of them all, which took ten times as long over a post.
    if (
        "©" in clean
        or "oto" in clean
        or "ото" in clean
        or "ideo" in clean
        or "идео" in clean
        or "mage" in clean
        or "\n(" in clean  # a byline's line: "(Reporting by …)"
    ):
        lines = [line for line in lines if not _is_credit(line)] or lines
    if lines and (m := _RELAYED.match(lines[0])) is not None:
        # "Reposted from @x: …" (the post on the same line), "Цитата:" over it.
        lines = [lines[0][m.end() :], *lines[1:]] if lines[0][m.end() :].strip() else lines[1:]
    elif lines and _FORWARDED.match(lines[0]):
        lines = lines[1:]  # "Forwarded from …"
    if lines and (
        any(mark in lines[0] for mark in _PASTE_MARKS)
        or ":" in lines[0]
        or (len(lines) > 1 and ":" in lines[1])
    ):
        # "MFA Russia 🇷🇺, [06.10.2025 14:40]", "----- Forwarded message -----", an export's
        # "Polaris Wire" over "27.05.2030 13:03:59 UTC+03:00" (pasted.py)
        lines = without_paste_header(lines)
    if "edit" in clean or "изменено" in clean:
        lines = _without_edited_mark(lines)
    lines = _strip_under_cut(_strip_preview_tail(lines))
    kept = _strip_signature(lines)
    # Trailing sign-off lines inside the last paragraph ("... \nSubscribe: t.me/x").
    while kept and len(kept) > 1 and (_signs_off_short(kept[-1]) or closes(kept[-1])):
        kept = kept[:-1]
    # "Подробнее: https://…" among them: what is above is the statement's beginning, cut at
    # a paragraph's end (a preview, as if it ended on an ellipsis: ends_cut).
    lead = any(_reads_on(line) for line in lines[len(kept) :])
    lines = kept
    if ")" in clean or "]" in clean:
        lines = _without_end_mark(lines, _ATTRIBUTION)  # "[via @vektor_lenta]"
    end = _last_line(lines)
    if end > 2 and not lines[end - 2].strip() and is_bare_label(lines[end - 1]):
        lines = lines[: end - 1]  # «Документ», a Markdown link's label without its link
    if "ransl" in clean or "еревод" in clean or "еревед" in clean:
        # A translation tool's note over or under the text (edge_lines.py).
        if (last := _last_line(lines)) > 1 and is_translation_note(lines[last - 1]):
            lines = lines[: last - 1]
        if len(lines) > 1 and is_translation_note(lines[0]):
            lines = lines[1:]
    if "#" in clean:
        lines = _strip_rubric(lines)
    text = "\n".join(lines).strip()
    text = _without_headings(text)
    text = without_dateline(text)  # "МОСКВА, 9 ноября. /ТАСС/.": the agency's, not said
    if _has_cut(text) and (m := _MORE.search(text)) is not None:
        return text[: m.end(1)]  # a preview cut off: keep the ellipsis, not the link
    lead = lead or _reads_on(text[text.rfind("\n") + 1 :])
    text = _without_link_tail(text)  # where to read the statement is not what it says
    lead = lead or _INITIAL_END.search(text) is not None
    return text + "…" if lead and text and not text.endswith(CUT_END) else text


def core_words(clean: str) -> list[str]:
    """The words of :func:`core_text`, as written (case kept for
    :func:`archive.similarity.substitution`)."""
    return TOKEN.findall(core_text(clean))


def ends_cut(clean: str) -> bool:
    """Whether the statement itself (:func:`core_text`) ends on an ellipsis: a preview cut
    off by a channel or a feed ("... dialogue and respect for…", then maybe "Read more")."""
    return core_text(clean).rstrip().endswith(CUT_END)

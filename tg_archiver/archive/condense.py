"""A first sentence too long for a headline, said shorter by leaving out what a wire editor
leaves out, so that it is shown whole rather than cut in the middle of a clause.

Two editors' reviews of the digests (sessions 30 and 31) found most bad headlines were long
first sentences cut at the length limit ("…не соответствуют…", "…сообщило…"), the summary
then opening with the rest of the sentence. Agencies shorten such a sentence by dropping:

- **who said it**, at the end: ", передаёт NHK", ", сообщило иранское гостелевидение со
  ссылкой на …", ", заявил директор департамента", ", the ministry said". In Russian the
  summary can say it instead, as agencies do: "Об этом передаёт NHK.";
- **a set-up before who speaks**: "В ответ на вопрос о том, …, Захарова заявила, что X"
  reads "Захарова: X", as "Лавров заявил, что X" reads "Лавров: X";
- **asides in brackets**: "(Москва, 24 июня 2025 года)", "(07:00 мск)";
- **a clause inside commas that describes a noun or the action**: ", которые …,",
  ", поставляющие ему оружие,", ", выступая в Госдуме,", ", под каким бы флагом это ни
  происходило,", ", who …," (not ", which …," nor ", including …,": a list may go on after
  them), unless a pronoun after it stands for what it named;
- **titles before a name** (archive/titles.py): "Генеральный директор «Росатома» Алексей
  Лихачев" reads "Алексей Лихачев", "… Member of the Political Bureau of the CPC Central
  Committee, Foreign Minister of China Wang Yi" "… Foreign Minister of China Wang Yi";
- **where it happened**: "on the sidelines of the 81st session of the UNGA", "на полях
  Генеральной конференции агентства" (archive/officialese.py).

:func:`condensed` takes these steps in that order, each only while the sentence is still too
long, and stops as soon as it fits: a sentence that fits is left as it is. What is left out
is what a headline does without; what the sentence says stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tg_archiver.archive import lazy_re
from tg_archiver.archive.lexemes import dictionary, is_person, surname_forms
from tg_archiver.archive.officialese import without_sidelines
from tg_archiver.archive.titles import without_titles

__all__ = ["Condensed", "condensed"]

_CYRILLIC = lazy_re.compile(r"[А-Яа-яЁё]")
_SAID_RU = (
    r"(?:сообщил[аио]?|сообщили|сообщает|сообщают|передал[аио]?|передали|передает|передаёт"
    r"|заявил[аио]?|заявили|заявляет|отметил[аио]?|отметили|подчеркнул[аио]?|пишет|пишут"
    r"|уточнил[аио]?|добавил[аио]?|рассказал[аио]?|считает|полагает)"
)
# "Генеральное консульство России в Дананге информирует, что …": an institution's notice.
_NOTICE_RU = r"(?:информиру[ею]т|напомина[ею]т|уведомля[ею]т|предупрежда[ею]т)"
_SAID_EN = r"(?:said|says|reported|reports|told \w+|announced|stated|noted|added)"
# ", передаёт NHK", ", сообщило иранское гостелевидение со ссылкой на СНБ" at the end.
_ATTRIBUTION_RU = lazy_re.compile(rf",\s+(?P<said>{_SAID_RU}(?:\s+[^,;:]{{2,120}})?)$")
# ", следует из расчётов «Интерфакса»", ", говорится в заявлении МИД": dropped, not restated.
_SOURCE_RU = lazy_re.compile(r",\s+(?:следует из|говорится в|по данным|по словам)\s+[^,;:]{2,120}$")
# ", the ministry said", ", Reuters reported", ", said Maria Zakharova", ", according to …".
_ATTRIBUTION_EN = lazy_re.compile(
    rf",\s+(?:(?:the\s+)?[^,;:]{{2,80}}?\s+{_SAID_EN}"
    rf"(?:\s+(?:on|in|at)\s+[^,;:]{{2,40}}|\s+\w+day|\s+(?:today|yesterday|tonight))?"
    rf"|{_SAID_EN}\s+[^,;:]{{2,80}}|according\s+to\s+[^,;:]{{2,80}})$"
)
# "Захарова заявила, что X", "Lavrov said that X": who, then what (and what came before).
_SPEAKER = lazy_re.compile(
    rf"^(?:(?P<setup>.*),\s+)?(?P<who>[^,;:«»\"]{{3,80}}?)\s+(?:{_SAID_RU}|{_NOTICE_RU}|said|says|stated)"
    r"(?:\s+(?:журналистам|в интервью [^,]{2,40}|on \w+day|reporters))?,?\s+(?:что|that)\s+"
    r"(?P<what>.+)$"
)
_SPEAKER_WORDS = 8
_BRACKETS = lazy_re.compile(r"\s*\([^()«»\"]{2,120}\)")
# A clause inside commas that describes what comes before it.
_INSERTED = lazy_re.compile(r",\s+(?P<first>[^\W\d_]+)(?P<rest>[^,;:«»()]*),")
_RELATIVE_WORDS = """который которая которое которые которого которой котором которому которую
    которым которыми которых who whom whose"""
_RELATIVE = frozenset(_RELATIVE_WORDS.split())
_PARTICIPLES = frozenset({"PRTF", "GRND"})
# A pronoun right after a dropped clause may stand for what the clause named ("Медведев,
# комментируя решение …, назвал его воровством"): the clause stays.
_PRONOUN = lazy_re.compile(
    r"\W*(?:\S+\s+){0,3}?(?:его|её|ее|их|него|неё|нее|них|это|этого|этому|эту|этим|it|its|them|this)\b",
    re.IGNORECASE,
)
# A list going on after the clause ("объекты, подвергшиеся ударам, в том числе Фордо"):
# its comma is the list's, and the clause is what the list is of.
_LIST_GOES_ON = lazy_re.compile(
    r"\s*(?:в том числе|включая|а также|including|such as|as well as)\b", re.I
)
_CONCESSIVE = lazy_re.compile(r"\bбы\b.*\bни\b")  # ", под каким бы флагом это ни происходило,"
# A clause that opens after the dropped one needs its comma: "любые усилия, направленные на
# …, но урегулирование невозможно" reads "любые усилия, но …", not "любые усилия но …".
_CLAUSE_OPENS = lazy_re.compile(
    r"\s*(?:но|а|однако|зато|хотя|если|когда|что|чтобы|где|поскольку|потому|пока|причем|причём"
    r"|but|although|though|while|whereas|because|since|if|when|where|so)\b",
    re.IGNORECASE,
)
_MIN_KEPT = 50  # characters a condensed sentence keeps at least


@dataclass(frozen=True, slots=True)
class Condensed:
    """The sentence said shorter, and who said it, when that was left out (Russian:
    "передаёт NHK"), for the summary to say ("Об этом передаёт NHK.")."""

    text: str
    attribution: str = ""


def condensed(sentence: str, limit: int) -> Condensed:
    """``sentence`` said shorter, step by step while it is longer than ``limit`` (see the
    module's notes); as it is when it fits, or when nothing can be left out."""
    text, said = sentence.strip(), ""
    end = text[-1] if text and text[-1] in ".!" else ""
    text = text.rstrip(".!").rstrip()
    # Who speaks again, once a clause before is gone; titles before names last.
    for step in (*_STEPS, _as_speaker, _without_titles, _without_sidelines):
        if len(text) <= limit:
            break
        shorter, who = step(text, limit)
        if len(shorter) >= _MIN_KEPT:
            text, said = shorter, said or who
    if text == sentence.strip().rstrip(".!").rstrip():
        return Condensed(sentence)
    return Condensed(text + end, said)


def _without_attribution(text: str, limit: int) -> tuple[str, str]:
    if m := _ATTRIBUTION_RU.search(text):
        said = m.group("said")
        # ", заявил глава МИД России Сергей Лавров": a person's words, which a headline
        # without him would state as fact; agencies write "Лавров: …".
        spoken = (
            f"{surname}: {lower_first(text[: m.start()])}"
            if (surname := speaker_surname(said))
            else ""
        )
        if spoken and len(spoken) <= limit:
            return spoken, ""
        return text[: m.start()], said
    if m := _SOURCE_RU.search(text):
        return text[: m.start()], ""
    if not _CYRILLIC.search(text) and (m := _ATTRIBUTION_EN.search(text)):
        return text[: m.start()], ""
    return text, ""


def speaker_surname(said: str) -> str:
    """The surname of the person ``said`` names as the speaker, as written ("заявил глава МИД
    России Сергей Лавров в интервью РИА Новости" -> "Лавров"): the last capitalised word the
    dictionary reads as a surname before what follows the name ("в интервью …"); "" when no
    person speaks (", передаёт NHK", ", сообщили в МИД")."""
    # "заявил журналистам пресс-секретарь … Песков": to whom, then who.
    said = re.sub(r"^(\S+)\s+(?:журналистам|репортерам|репортёрам)\s", r"\1 ", said)
    pieces = re.split(r"\s(?:в|во|на|на полях|в ходе|во время|журналистам|в интервью)\s", said)
    for word in reversed(pieces[0].split()):
        bare = word.strip('.,;:«»"')
        if bare[:1].isupper() and bare[1:].islower() and surname_forms(bare):
            return bare
    # "заявил на экстренном заседании СБ постпред РФ при ООН Василий Небензя": where, then
    # who, a first name and a surname in the nominative ending the sentence.
    words = [w.strip('.,;:«»"') for w in said.split()]
    if len(pieces) > 1 and len(pieces[0].split()) == 1 and len(words) >= 2:
        name, last = words[-2], words[-1]
        if last[:1].isupper() and is_person(last) and is_person(name) and _nominative(last):
            return last
    return ""


def _nominative(word: str) -> bool:
    return any(p.tag.case == "nomn" for p in dictionary().parse(word.casefold()))


# Institutions named by a common noun with a capital, which the dictionary reads as the
# noun: "Кремль" (a kremlin), "Белый дом" (a white house), "Сенат".
_INSTITUTION = lazy_re.compile(
    r"(?:Кремл[ьяюеё]\w*|Белы[йм]\w* дом\w*|Сенат\w*|Конгресс\w*|Бундестаг\w*|Совбез\w*"
    r"|Генассамбле\w*|Ватикан\w*)\b"
)


def lower_first(text: str) -> str:
    """``text`` with its first letter in small letters, as after a colon ("Лавров: страны
    БРИКС …"), unless the first word is a name or an abbreviation ("Россия", "БРИКС")."""
    first = text.split(maxsplit=1)[0] if text.split() else ""
    bare = first.strip('«»"(),;:.')
    if not bare[:1].isupper() or bare[1:2].isupper() or not _CYRILLIC.search(bare):
        return text
    if _INSTITUTION.match(text):
        return text  # "Кремль приветствует …": the dictionary knows the common noun only
    parses = dictionary().parse(bare.casefold())
    if any(
        {"Geox", "Name", "Surn", "Orgn", "Abbr"} & set(map(str, p.tag.grammemes))
        for p in parses[:2]
    ):
        return text
    return text[:1].lower() + text[1:]


def _as_speaker(text: str, limit: int) -> tuple[str, str]:
    m = _SPEAKER.match(text)
    if m is None:
        return text, ""
    who, what = m.group("who").strip(), m.group("what").strip()
    if len(who.split()) > _SPEAKER_WORDS or not who[:1].isupper():
        return text, ""  # who speaks is a name, with its titles
    who = _named(who, what, limit)
    if what[:1] in '«"“':
        return text, ""  # «…» and what else he did: the quotation is no whole statement
    spoken = f"{who}: {what}"
    if len(spoken) > limit and not is_person(who.split()[-1]):
        # Cut later, "Генеральное консульство России в Дананге:" would read as a title of
        # its own; a person's name before a colon does not (archive/headline_cut.py).
        return text, ""
    return spoken, ""


def _named(who: str, what: str, limit: int) -> str:
    """Who speaks, ending at the person's surname ("Официальный представитель МИД России
    Мария Захарова на брифинге" -> "… Мария Захарова"), and the name alone ("Мария
    Захарова") when the titles would not leave room for what was said; ``who`` as it is
    without a surname in it."""
    words = who.split()
    # A surname (not any name-like word: "Ченнаи", "Александрии" are places to a reader).
    named = [n for n, word in enumerate(words) if surname_forms(word.rsplit(".", 1)[-1])]
    if not named:
        return who
    last = named[-1]
    if len(" ".join(words[: last + 1])) + len(what) + 2 <= limit:
        return " ".join(words[: last + 1])
    first = last
    while first > 0 and is_person(words[first - 1].rsplit(".", 1)[-1]):
        first -= 1
    return " ".join(words[first : last + 1])


def _without_brackets(text: str, limit: int) -> tuple[str, str]:
    return _BRACKETS.sub("", text), ""


def _without_inserted(text: str, limit: int) -> tuple[str, str]:
    def drop(m: re.Match[str]) -> str:
        first = m.group("first")
        if _PRONOUN.match(text, m.end()) or _LIST_GOES_ON.match(text, m.end()):
            return m.group(0)
        if first.casefold() in _RELATIVE or _CONCESSIVE.search(m.group(0)) or _participle(first):
            # "покровители Киева, поставляющие ему оружие, несут" -> "Киева несут"
            return "," if _CLAUSE_OPENS.match(text, m.end()) else ""
        return m.group(0)

    return _INSERTED.sub(drop, text), ""


def _without_sidelines(text: str, limit: int) -> tuple[str, str]:
    return without_sidelines(text), ""


def _without_titles(text: str, limit: int) -> tuple[str, str]:
    return without_titles(text, limit), ""


_STEPS = (_without_attribution, _as_speaker, _without_brackets, _without_inserted)


def _participle(word: str) -> bool:
    """Whether the dictionary reads the Russian ``word`` first as a participle or a verbal
    adverb ("поставляющие", "достигнутой", "нанеся")."""
    if not _CYRILLIC.search(word):
        return False
    parses = dictionary().parse(word.casefold())
    return bool(parses) and parses[0].tag.POS in _PARTICIPLES

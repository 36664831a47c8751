"""A Russian word's derivations in another part of speech that a reader takes for the same
word: a relational adjective and its noun, a verbal noun and its verb.

Snowball stems them apart and OpenCorpora's dictionary files them as lemmas of their own,
so a search for ``санкционный`` missed «санкции», ``переговорный`` missed «переговоры»,
``ратификация`` missed «ратифицировано» and ``подпишут`` missed «подписание». :func:`related`
derives the other lemma by the few regular, transparent suffixes:

- ``-ционный`` and ``-ция``: санкционный/санкция, информационный/информация,
  конституционный/конституция;
- ``-ный`` and a plural-only noun: переговорный/переговоры, выборный/выборы;
- ``-ация`` (``-кация``) and ``-ировать`` (``-цировать``): ратификация/ратифицировать,
  модернизация/модернизировать, эвакуация/эвакуировать;
- ``-ание`` (``-яние``) and ``-ать`` (``-ять``): подписание/подписать, заседание/заседать.

A candidate counts only when the dictionary knows it as the lemma of the part of speech
wanted (no made-up word: "организировать" is none, so организация stays alone). The
adjective's rule stops at ``-ционный`` and a plural-only noun, not any ``-ный``: мирный is
мир's ("peace", but also "world"), активный is not актив's, объективный not объектив's. The
verbal nouns whose meaning left their verb's are not derived (_LEXICALISED: собрание is a
meeting, состояние a state, образование an education).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tg_archiver.archive.lexemes import dictionary

__all__ = ["related"]

# (noun ending, verb ending): a verbal noun and its infinitive, after the same beginning.
_VERBAL_NOUNS = (
    ("кация", "цировать"),  # ратификация/ратифицировать, квалификация
    ("ация", "ировать"),  # модернизация/модернизировать, эвакуация/эвакуировать
    ("ание", "ать"),  # подписание/подписать, заседание/заседать
    ("яние", "ять"),  # влияние/влиять
)
# Verbal nouns (and their verbs' nouns) that mean something their verb does not: a search
# for the noun wants the thing, not the act.
_LEXICALISED = frozenset(
    {
        "собрание",  # a meeting (собрать: to gather)
        "состояние",  # a state; a fortune (состоять: to consist)
        "основание",  # grounds; a base (основать: to found)
        "образование",  # education (образовать: to form)
        "название",  # a name (назвать)
        "писание",  # Scripture (писать)
        "сказание",  # a legend (сказать)
        "знание",  # knowledge (знать)
        "звание",  # a rank (звать)
        "задание",  # a task (задать: to set)
        "издание",  # a publication (издать)
        "предание",  # a tradition (предать: to betray)
        "внимание",  # attention (внимать)
        "желание",  # a wish (желать)
        "расстояние",  # a distance (расстоять)
        "сияние",  # a glow
        "положение",  # a situation; a provision (положить: to put)
        "отношение",  # relations; an attitude (относить: to carry away)
        "значение",  # a meaning; importance (значить: to mean)
        "население",  # a population (населить: to settle)
        "соглашение",  # an agreement (согласить: to reconcile)
        "явление",  # a phenomenon (явить: to show)
        "поражение",  # a defeat (поразить: to strike, to amaze)
        "уважение",  # respect (уважить: to humour)
        "окружение",  # an entourage (окружить: to surround)
        "сражение",  # a battle (сразить: to slay)
        "исключение",  # an exception (исключить: to expel)
        "учреждение",  # an institution (учредить: to found)
        "отделение",  # a branch (отделить: to separate)
        "представление",  # an idea; a show (представить: to present)
        "управление",  # a directorate (управить)
        "информация",  # information (информировать: to inform)
        "организация",  # an organisation
        "компания",
        "станция",
    }
)
# A noun's adjective in -ический (session 49): климат/климатический, экономика/
# экономический, стратегия/стратегический; the dictionary must know it. Not a noun whose
# adjective means another thing (критика: критический is "critical").
_ICAL = "ический"
_NOT_THEIR_ADJECTIVES = frozenset({"критика", "физика", "химия", "комика", "логика"})
_ADJECTIVE = "ционный"
_NOUN = "ция"
_MIN_BASE = 4  # letters before the ending: not мир- (мирный) nor вод- (водный)


# A noun in -ство and its adjective in -ский (session 52): консульство/консульский,
# посольство/посольский, председательство/председательский; the dictionary must know both.
# Not a noun whose adjective is another word's (хозяйский: a master's; детский: a child's).
_STVO, _SKIY = "ство", "ский"
_NOT_STVO_ADJECTIVES = frozenset(
    {"хозяйство", "детство", "мастерство", "братство", "соседство", "отцовство", "свойство"}
)
# A noun's "general" compound (session 52): консульство/генконсульство, прокуратура/
# Генпрокуратура, штаб/Генштаб, директор/гендиректор: one of the things the noun names.
_GENERAL = "ген"


@lru_cache(maxsize=20_000)
def related(lemma: str, pos: str) -> tuple[Any, ...]:
    """The dictionary's readings (as their own lemma) of the words derived from ``lemma``
    (a lemma of part of speech ``pos``: NOUN, ADJF, INFN) by the suffixes above: a noun's
    relational adjective and verb, an adjective's noun, a verb's verbal noun."""
    out: list[Any] = []
    if pos == "NOUN" and lemma not in _LEXICALISED:
        if lemma.endswith(_NOUN) and len(lemma) - len(_NOUN) >= _MIN_BASE:
            out += _as(lemma[: -len(_NOUN)] + _ADJECTIVE, "ADJF")
        if lemma.endswith("ы") and len(lemma) > _MIN_BASE + 1:
            out += _as(lemma[:-1] + "ный", "ADJF")
        if lemma not in _NOT_THEIR_ADJECTIVES:
            for adjective in _ical(lemma):
                out += _as(adjective, "ADJF")
        stvo = lemma.endswith(_STVO) and len(lemma) - len(_STVO) >= _MIN_BASE
        if stvo and lemma not in _NOT_STVO_ADJECTIVES:
            out += _as(lemma[: -len(_STVO)] + _SKIY, "ADJF")
        if len(lemma) >= _MIN_BASE and not lemma.startswith(_GENERAL):
            out += _as(_GENERAL + lemma, "NOUN")
        for noun, verb in _VERBAL_NOUNS:
            if lemma.endswith(noun) and len(lemma) - len(noun) >= _MIN_BASE - 1:
                out += _as(lemma[: -len(noun)] + verb, "INFN")
                break
        else:
            if lemma.endswith("ение") and len(lemma) - 4 >= _MIN_BASE - 1:
                for base in _before_alternation(lemma[:-4]):
                    verb = base + "ить"
                    if not _meets_another(verb, lemma):
                        out += _as(verb, "INFN")
            elif _prefixed_ka(lemma):
                # высылка/высылать, поставка/поставить, подготовка/подготовить (session 44).
                # (No third word's guard: the word forms it meets are the root's own,
                # закуп, перевоз, останов.)
                for ending in _KA_VERBS:
                    out += _as(lemma[:-2] + ending, "INFN")
    elif pos == "ADJF":
        if lemma.endswith(_SKIY) and len(lemma) - len(_SKIY) >= _MIN_BASE:
            noun = lemma[: -len(_SKIY)] + _STVO
            if noun not in _NOT_STVO_ADJECTIVES:
                out += _as(noun, "NOUN", not_lexicalised=True)
        if lemma.endswith(_ADJECTIVE) and len(lemma) - len(_ADJECTIVE) >= _MIN_BASE:
            out += _as(lemma[: -len(_ADJECTIVE)] + _NOUN, "NOUN", not_lexicalised=True)
        if lemma.endswith(_ICAL) and len(lemma) - len(_ICAL) >= _MIN_BASE:
            base = lemma[: -len(_ICAL)]
            # The first noun the dictionary knows: экономический is экономика's, not
            # экономия's (savings) nor эконом's (a steward).
            for noun in (base + "ика", base + "ия", base):
                if noun not in _NOT_THEIR_ADJECTIVES and (
                    found := _as(noun, "NOUN", not_lexicalised=True)
                ):
                    out += found
                    break
        elif lemma.endswith("ный") and len(lemma) - 3 >= _MIN_BASE:
            plural = [p for p in _as(lemma[:-3] + "ы", "NOUN") if "Pltm" in p.tag]
            out += plural
    elif pos == "INFN":
        for noun, verb in _VERBAL_NOUNS:
            if lemma.endswith(verb) and len(lemma) - len(verb) >= _MIN_BASE - 1:
                out += _as(lemma[: -len(verb)] + noun, "NOUN", not_lexicalised=True)
                break
        else:
            if lemma.endswith("ить") and len(lemma) - 3 >= _MIN_BASE - 1:
                for base in _alternated(lemma[:-3]):
                    noun = base + "ение"
                    if not _meets_another(noun, lemma):
                        out += _as(noun, "NOUN", not_lexicalised=True)
        ending = next((e for e in _KA_VERBS if lemma.endswith(e)), "")
        noun = lemma[: -len(ending)] + "ка" if ending else ""
        if noun and _prefixed_ka(noun):
            out += _as(noun, "NOUN", not_lexicalised=True)
    return tuple(dict.fromkeys(out))


def _ical(noun: str) -> tuple[str, ...]:
    """The adjectives in -ический a noun may have (see ``_ICAL``): after the noun whole
    (климат), or after its -ика or -ия (экономика, стратегия)."""
    for ending in ("ика", "ия"):
        if noun.endswith(ending) and len(noun) - len(ending) >= _MIN_BASE:
            return (noun[: -len(ending)] + _ICAL,)
    return (noun + _ICAL,) if len(noun) >= _MIN_BASE and noun[-1] not in "аяоеьй" else ()


# A prefixed verb and its noun in -ка (session 44): высылать/высылка, поставить/поставка,
# подготовить/подготовка, закупать/закупка, проверить/проверка, поддержать/поддержка.
_KA_VERBS = ("ить", "ать", "ять")
_KA_PREFIXES = (
    "вы", "по", "под", "пере", "за", "от", "об", "про", "при", "до", "раз", "рас", "у", "на",
)  # fmt: skip
# Nouns in -ка whose meaning left their verb's, or that are no verb's at all.
_KA_LEXICALISED = frozenset(
    {
        "выставка", "отставка", "обстановка", "установка", "постановка", "подписка",
        "переписка", "посылка", "выписка", "записка", "прописка", "заявка", "надбавка",
        "разведка", "разрядка", "поездка", "подлодка", "приставка", "подставка", "обмолвка",
        "выдержка", "подборка", "вывеска", "уступка", "прививка", "окраска", "поделка",
        "переделка", "перестрелка", "перепалка", "отметка", "пометка", "выходка", "находка",
        "обложка", "упаковка", "прокладка", "подкладка", "закладка", "раскладка", "наводка",
        "выправка", "поправка", "оговорка", "отсрочка", "рассрочка", "заставка", "подсказка",
        "заморозка",  # «заморозков» is frosts' (заморозок) too: one word form
    }
)  # fmt: skip


def _prefixed_ka(noun: str) -> bool:
    """Whether ``noun`` is a prefixed noun in -ка that may name its verb's act (see above)."""
    return (
        noun.endswith("ка")
        and len(noun) >= 6
        and noun not in _KA_LEXICALISED
        and noun.startswith(_KA_PREFIXES)
    )


# A verb in -ить and its noun in -ение alternate the stem's last consonant (session 44):
# обсудить/обсуждение, сократить/сокращение, упростить/упрощение, снизить/снижение,
# повысить/повышение, заявить/заявление, укрепить/укрепление; решить/решение as it is.
_ALTERNATIONS = (
    ("ст", "щ"), ("д", "жд"), ("т", "щ"), ("з", "ж"), ("с", "ш"),
    ("б", "бл"), ("в", "вл"), ("м", "мл"), ("п", "пл"), ("ф", "фл"),
)  # fmt: skip


def _alternated(base: str) -> list[str]:
    """The verb's stem ``base`` as its noun in -ение writes it: alternated, and as it is."""
    out = [base[: -len(a)] + b for a, b in _ALTERNATIONS if base.endswith(a)]
    return [*dict.fromkeys(out), base]


def _before_alternation(base: str) -> list[str]:
    """The noun's stem ``base`` (before -ение) as its verb in -ить writes it: each
    alternation undone, and as it is."""
    out = [base[: -len(b)] + a for a, b in _ALTERNATIONS if base.endswith(b)]
    return [*dict.fromkeys(out), base]


def _as(lemma: str, pos: str, *, not_lexicalised: bool = False) -> list[Any]:
    """The dictionary's readings of ``lemma`` as the lemma of a ``pos`` it knows."""
    if not_lexicalised and lemma in _LEXICALISED:
        return []
    if not dictionary().word_is_known(lemma):
        return []
    return [p for p in dictionary().parse(lemma) if pos == p.tag.POS and p.normal_form == lemma]


# What may follow a word form in a word of another lemma that it finds: рубл-ь. Not a
# name's (Сократ, сократить), which its capital tells apart.
_NAMED = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})
_TAILS = ("", "ь", "а", "я", "о", "е", "ы", "и", "й")


def _meets_another(derived: str, lemma: str) -> bool:
    """Whether the word form of ``derived`` (derived from ``lemma``) is also that of a noun
    of a third lemma, which looking it up would find: рубление («рубл»), рубить's noun, and
    рубль. The index keeps word forms, so such a derivation is not looked up."""
    from tg_archiver.archive.analysis import analyse_word

    form = analyse_word(derived)
    analyzer = dictionary()
    for tail in _TAILS:
        word = form + tail
        if word == derived or not analyzer.word_is_known(word) or analyse_word(word) != form:
            continue
        nouns = {
            str(p.normal_form)
            for p in analyzer.parse(word)
            if p.tag.POS == "NOUN" and not _NAMED & set(p.tag.grammemes)
        }
        if nouns - {derived, lemma}:
            return True
    return False

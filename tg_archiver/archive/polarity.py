"""Two statements alike but for their polarity: one says what the other denies.

"Russia will take part in the conference in Tashkent" and "Russia will not take part in the
conference in Tashkent" share nearly every word pair; so do "the crossing point is open" and
"... closed", "Moscow supports the draft resolution" and "... opposes". Near-duplicate
detection would fold the second into the first as its copy, and a reader of the digest would
never learn that the ministry said the opposite. :func:`opposite` finds, among the short
stretches where two cores differ, one where a side

* negates and the other does not: ``not``, ``never``, ``cannot``, ``nor``, ``n't``; ``не``,
  ``ни``, ``нет``, ``никогда``;
* has a word the other has with a negating prefix: ``legal``/``illegal``,
  ``acceptable``/``unacceptable``, ``законные``/``незаконные``;
* has one of a pair of opposite words the other has the other of: confirm/deny,
  support/oppose, welcome/condemn, approve/reject, open/close, lift/impose (or declare,
  introduce), resume/suspend,
  allow/ban, increase/decrease, held/postponed, agreed/refused, arrived/departed,
  ratify/suspend;
  подтвердить/опровергнуть, поддержать/осудить, одобрить/отклонить, открыть/закрыть,
  снять/ввести (или объявить), возобновить/приостановить, разрешить/запретить, увеличить/сократить,
  согласиться/отказаться, состоялась/отложена, прибыл/вылетел, ратификация/денонсация;
* takes one stance where the other takes the opposite: a word of approval (welcome,
  support, endorse, praise, appreciate, ratify; приветствует, поддерживает, одобряет,
  высоко оценивает, благодарит) beside one of disapproval (condemn, regret, deplore,
  reject, denounce, criticise, protest, alarm; осуждает, сожалеет, отвергает, критикует,
  возмущён, обеспокоен).

* says what is to come where the other says it is done ("будет подписано" / "подписано",
  "will", "shall"), or names another ordinal ("the second meeting" / "the first meeting");
* withdraws or denies what the other reports, however many words it adds: the agency's
  «ОТБОЙ … — сообщение отозвано», a wire's "WITHDRAWN: …", «… опровергли» (session 49);
* gives a suspended sentence, or one in absentia, where the other gives a sentence
  («условно», «заочно»; session 50);
* says what one must do where the other says what one should, or may, do: a modal of one
  kind against one of another (:data:`_MODALS`: must, shall, have to, обязаны, должны;
  should, ought, следует, рекомендуется; may, can, could, might, могут, может, вправе, можно).
  "Applicants must submit their documents in person" and "Applicants may submit…" are two
  notices;
* calls off or puts off what the other announces, by a status line over it («ПЕРЕНЕСЕНО»,
  "POSTPONED", "UPDATE: cancelled") or puts it off where the other calls it off
  («ПЕРЕНОСИТСЯ» / «ОТМЕНЯЕТСЯ»; session 55); and among the pairs above since then: with or
  without («с НДС» / «без НДС», including / excluding), from / until, before / after, ahead
  of, on or behind schedule («досрочно», «по графику», «с отставанием»), for / against
  («за» / «против»), a regular session / an emergency one, a man / a woman, an average /
  a minimum / a maximum («средняя» / «минимальная»).

Such a pair is two statements, never a copy (archive/store/vetoes.py). Only stretches of
at most :data:`FLIP_WORDS` words a side count, function words aside ("regrets the collapse
of" is two): a copy with a sentence added ("It will not send troops.") is still a copy; the
word lists are of the verbs and adjectives official statements turn on, not a dictionary
of antonyms.
"""

from __future__ import annotations

from collections.abc import Sequence

from tg_archiver.archive.dedup_words import content_words, fold_words, stretches
from tg_archiver.archive.typos import misspelt_word

__all__ = ["FLIP_WORDS", "opposite"]

FLIP_WORDS = 3  # a differing stretch of at most this many words a side can flip a statement

_NEGATIONS = frozenset({"not", "never", "cannot", "nor", "neither", "не", "ни", "нет", "никогда"})
# A sentence's qualifiers that make another verdict of it, by their words' beginnings: a
# suspended term is not a prison term, a sentence in absentia not one in court (session 50);
# a session's that make another sitting of it: an emergency special session is not the
# special session (session 55).
_QUALIFIERS = (
    "suspended", "absentia", "условн", "заочн", "emergency", "extraordinar", "внеочередн",
    "чрезвычайн",
)  # fmt: skip
# What is to come, against what is done: "будет подписано" / "подписано" ("will be signed").
_FUTURE = frozenset({"будет", "будут", "will", "shall"})
# A report withdrawn or denied, by its words' beginnings: the agency's «ОТБОЙ» repeats the
# flash it withdraws whole (session 49).
_WITHDRAWALS = (
    "отбой", "отозван", "опроверг", "опроверж", "withdrawn", "retract", "disregard", "denial",
)  # fmt: skip
# A notice called off, or put off, by its words' beginnings: «ПЕРЕНЕСЕНО», "POSTPONED",
# "UPDATE: cancelled" over an announcement is another notice than the announcement, and one
# put off is not one called off (session 55).
_CALL_OFFS = (
    ("отмен", "cancel", "called= calls= scrapped="),
    ("перенес", "перенос", "отлож", "postpon", "reschedul", "delay"),
)
# Ordinals, by their beginnings: "the second meeting" is not "the first meeting".
_ORDINALS = (
    "first= second= third= fourth= fifth= sixth= seventh= eighth= ninth= tenth="
    " eleventh= twelfth= thirteenth= fourteenth= fifteenth= sixteenth= seventeenth="
    " eighteenth= nineteenth= twentieth= thirtieth="
    " перв втор трет четверт пят шест седьм восьм девят десят одиннадцат двенадцат"
    " тринадцат четырнадцат семнадцат восемнадцат двадцат тридцат"
)
# Modals by what they say: an obligation, an advice, a permission (or a possibility). One
# kind against another is another notice ("must submit" / "may submit", "должны
# зарегистрироваться" / "могут зарегистрироваться"); two of one kind are a wording.
_MODALS = (
    frozenset({"must", "shall", "обязан", "обязана", "обязано", "обязаны", "должен", "должна",
               "должно", "должны", "обязательно", "необходимо"}),
    frozenset({"should", "ought", "следует", "рекомендуется", "желательно"}),
    frozenset({"may", "can", "could", "might", "может", "могут", "можете", "можно", "вправе",
               "разрешается"}),
)  # fmt: skip
_NEGATING_PREFIXES = ("un", "in", "il", "im", "ir", "non", "dis", "не", "без")
_MIN_BASE = 4  # a negating prefix counts before a word of at least this many letters

# Pairs of opposites, each side by the beginnings of its forms, or (ending in "=") a form
# spelled out whole where a beginning would also start other words ("ban" and "bank").
_OPPOSITE_LIST = (
    ("confirm", "deni deny"),
    ("support", "oppos"),
    ("welcom", "condemn deplor"),
    ("approv accept", "reject declin"),
    ("open", "clos shut="),
    ("lift= lifts= lifted= lifting=", "impos declar introduc"),
    ("resum", "suspend halt"),
    ("allow permit", "ban= bans= banned= banning= prohibit forbid"),
    ("increas rose= rise= rises= risen= rising= grew= grow", "decreas reduc fell= fall= falls="
     " falling= drop= drops= dropped= declin"),
    ("held= hold= holds= took=", "postpon cancel"),
    ("begin began= begun= start launch commenc", "end= ended= ends= conclud complet finish"),
    ("agre", "refus"),
    ("arriv", "depart left= leaves= leaving="),
    ("ratif", "suspend denounc withdr terminat revok"),
    ("includ", "exclud"),
    ("for= favour= favor=", "against="),
    ("from=", "until= till="),
    ("before= ahead=", "after="),
    ("ahead= early= earlier=", "on= behind= late= later= delayed="),
    ("on=", "behind= delayed="),
    ("regular= ordinary=", "emergency= extraordinary="),
    ("man= men= boy= boys=", "woman= women= girl= girls="),
    ("average= mean= median=", "minimum= maximum= lowest= highest="),
    ("minimum= lowest=", "maximum= highest="),
    ("подтверд подтвержд", "опроверг опровер"),
    ("поддерж приветств", "осужд осуд отверг"),
    ("ратифи", "денонс приостанов"),
    ("одобр", "отклон отверг"),
    ("откры", "закры"),
    ("сня снят отмен", "введ ввел ввод ввест объяв"),
    ("возобнов", "приостанов прекрат прекращ"),
    ("разреш", "запрет запрещ"),
    ("увелич вырос рост повыс повыш", "сократ сокращ уменьш сниз сниж упал паден"),
    ("соглас", "отказ"),
    ("состоял состоит прошл прошел", "отлож перенес перенос"),
    ("начал начин старт", "заверш законч оконч"),
    ("с= со=", "без= до="),
    ("за=", "против="),
    ("до= перед= накануне=", "после= итогам="),
    ("включ", "исключ кроме="),
    ("досрочн опережен", "отставан установлен график"),
    ("отставан", "установлен график"),
    ("очередн", "внеочередн чрезвычайн"),
    ("гражданин= гражданина= гражданину= гражданином= мужчин", "гражданк женщин девушк"),
    ("средн медиан", "минимальн максимальн"),
    ("минимальн", "максимальн"),
    ("прибыл= прибыла= прибыли= прибыло= прибудет= прибудут= прибывает= прибывают= прибыв"
     " приехал приезжа приедет прилетел прилетит", "вылетел вылетела вылетели вылетит убыл убыв"
     " отбыл отбыв покинул покида уехал уезжа"),
)  # fmt: skip


# Two stances a statement takes towards what it names, each by the beginnings of its verbs
# and nouns: a word of one beside a word of the other is a pair of opposites too
# ("welcomes the agreement" and "regrets the collapse of the agreement").
_APPROVAL = (
    "welcom support approv endors prais hail= hails= hailed= applaud commend appreciat ratif"
    " приветств поддерж одобр высоко= благодар ратифи"
)
_DISAPPROVAL = (
    "condemn deplor regret reject denounc oppos criticis criticiz protest dismay alarm"
    " осужд осуд сожале отверг отклон денонс критик протест возмущ обеспоко"
)


def _forms(spec: str) -> tuple[tuple[str, ...], frozenset[str]]:
    words = spec.split()
    return tuple(w for w in words if not w.endswith("=")), frozenset(
        w[:-1] for w in words if w.endswith("=")
    )


_OPPOSITES = tuple((_forms(a), _forms(b)) for a, b in (*_OPPOSITE_LIST, (_APPROVAL, _DISAPPROVAL)))
_ORDINAL_FORMS = _forms(_ORDINALS)
_CALL_OFF_FORMS = tuple(_forms(" ".join(spec)) for spec in _CALL_OFFS)


def opposite(a: Sequence[str], b: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """The first short stretch where ``b`` says the opposite of ``a`` (core words of each,
    :func:`archive.dedup_core.core_words`), or None."""
    fa, fb = fold_words(a), fold_words(b)
    for i1, i2, j1, j2 in stretches(fa, fb):
        left, right = fa[i1:i2], fb[j1:j2]
        if _withdraws(left) != _withdraws(right) and not _misspelt(left, right):
            return list(a[i1:i2]), list(b[j1:j2])  # "ОТБОЙ … сообщение отозвано", however long
        if max(len(content_words(left)), len(content_words(right))) > FLIP_WORDS:
            continue
        if _negates(left) != _negates(right) or _flipped(left, right):
            return list(a[i1:i2]), list(b[j1:j2])
        if _qualifier_added(left, right) or _qualifier_added(right, left):
            return list(a[i1:i2]), list(b[j1:j2])
        if bool(_FUTURE & set(left)) != bool(_FUTURE & set(right)) or _ordinal(left, right):
            return list(a[i1:i2]), list(b[j1:j2])
        if _modal(left, right) or _called_off(left, right):
            return list(a[i1:i2]), list(b[j1:j2])
    return None


def _called_off(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether one side calls a notice off or puts it off where the other says nothing
    («ПЕРЕНЕСЕНО» over the announcement, "UPDATE: cancelled") or the other thing
    («ПЕРЕНОСИТСЯ» / «ОТМЕНЯЕТСЯ»). A word the other side says instead is a rewording
    («отменены» / «сняты» ограничения), which the pairs of opposites judge."""
    kinds = [
        {n for n, spec in enumerate(_CALL_OFF_FORMS) if _any(set(side), spec)}
        for side in (left, right)
    ]
    if kinds[0] == kinds[1]:
        return False
    if kinds[0] and kinds[1]:
        return True
    return not content_words(right if kinds[0] else left)


def _withdraws(words: Sequence[str]) -> bool:
    """Whether ``words`` (folded) withdraw or deny a report: an agency's «ОТБОЙ», «сообщение
    отозвано», a wire's "WITHDRAWN", "retracted", a denial («опровергли»)."""
    return any(w.startswith(_WITHDRAWALS) for w in words)


def _misspelt(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether the stretches are one word each, one the other misspelt («отозвнао»)."""
    return len(left) == len(right) == 1 and misspelt_word(left[0], right[0])


def _modal(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether one side has a modal of one kind and the other one of another kind, neither
    in both ("must" / "may", "should" / "may", "должны" / "могут")."""
    mine, theirs = set(left) - set(right), set(right) - set(left)
    kinds = [n for n, kind in enumerate(_MODALS) if kind & mine]
    return bool(kinds) and any(kind & theirs for n, kind in enumerate(_MODALS) if n not in kinds)


def _qualifier_added(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether ``right`` (folded words) is ``left`` with a verdict's qualifier added
    ("suspended", «условно», «заочно»): no other word of its own (a typo, a rewording)."""
    added = [w for w in right if w.startswith(_QUALIFIERS)]
    return (
        bool(added)
        and not any(w.startswith(_QUALIFIERS) for w in left)
        and set(content_words([w for w in right if w not in added])) <= set(left)
        and set(content_words(left)) <= set(right)
    )


def _negates(words: Sequence[str]) -> bool:
    """Whether ``words`` hold a negation ("n't" is split as "doesn" and "t")."""
    return any(
        w in _NEGATIONS or (w == "t" and n and words[n - 1].endswith("n"))
        for n, w in enumerate(words)
    )


def _flipped(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether one side has a word the other has negated by a prefix, or one of a pair of
    opposites the other has the other of (words in only one side count)."""
    mine, theirs = set(left) - set(right), set(right) - set(left)
    for x in mine:
        for y in theirs:
            short, long = (x, y) if len(x) < len(y) else (y, x)
            base = len(short) >= _MIN_BASE and long.endswith(short)
            if base and long[: -len(short)] in _NEGATING_PREFIXES:
                return True
    for one, other in _OPPOSITES:
        if (_any(mine, one) and _any(theirs, other)) or (_any(mine, other) and _any(theirs, one)):
            return True
    return False


def _ordinal(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether each side has an ordinal the other has not ("second" / "first"), but for a
    word of one side that is the other's misspelt ("пятица" for "пятница", which starts
    like "пятый": a typo, not another ordinal)."""
    mine, theirs = set(left) - set(right), set(right) - set(left)
    mine = {w for w in mine if not any(misspelt_word(w, t) for t in theirs)}
    theirs = {w for w in theirs if not any(misspelt_word(w, m) for m in set(left) - set(right))}
    return _any(mine, _ORDINAL_FORMS) and _any(theirs, _ORDINAL_FORMS)


def _any(words: set[str], forms: tuple[tuple[str, ...], frozenset[str]]) -> bool:
    beginnings, whole = forms
    return any(w in whole or w.startswith(beginnings) for w in words)

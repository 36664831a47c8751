"""A Russian verb's aspect partner: заявить and заявлять, обсудить and обсуждать.

A Russian verb comes in two lexemes, one for the act done (perfective: "заявил", "обсудили",
"провёл") and one for the act going on or repeated (imperfective: "заявляет", "обсуждают",
"проводит"). To a reader they are one word: a search for "заявляет" wants "заявил" too,
and "проводить переговоры" wants "провёл переговоры". Snowball stems them apart and
OpenCorpora's dictionary lists them as two lemmas without a link between them, so
:func:`partners` derives the other one by the few regular ways Russian makes it:

- a suffix: подписать/подписывать, поддержать/поддерживать, открыть/открывать,
  создать/создавать, призвать/призывать, собрать/собирать;
- -ить/-ать (-ять) with the stem's last consonant alternating: заявить/заявлять (в/вл),
  обсудить/обсуждать (д/жд), сократить/сокращать (т/щ), встретить/встречать (т/ч),
  выразить/выражать (з/ж), пригласить/приглашать (с/ш), сообщить/сообщать;
- another stem: провести/проводить, принять/принимать, прийти/приходить.

A candidate counts only when the dictionary knows it as an infinitive of the other aspect
(so "решить" gives "решать", and no made-up word). Verbs whose partner is another root
(сказать/говорить, взять/брать) or a prefix (делать/сделать: a prefix also changes the
meaning, "переделать") are left alone.
"""

from __future__ import annotations

from functools import lru_cache

from tg_archiver.archive.lexemes import dictionary

__all__ = ["partners"]

# (perfective ending, imperfective ending): the ending of the infinitive, after the same
# beginning. Longest first within a family; every pair is tried both ways.
_PAIRS = (
    # a suffix added
    ("зать", "зывать"),  # показать/показывать, указать/указывать
    ("сать", "сывать"),  # подписать/подписывать
    ("жать", "живать"),  # поддержать/поддерживать
    ("шать", "шивать"),  # выслушать/выслушивать
    ("тать", "тывать"),  # рассчитать/рассчитывать
    ("звать", "зывать"),  # призвать/призывать
    ("брать", "бирать"),  # собрать/собирать, избрать/избирать
    ("слать", "сылать"),  # послать/посылать
    ("ыть", "ывать"),  # открыть/открывать, закрыть/закрывать
    ("дать", "давать"),  # создать/создавать, передать/передавать
    ("знать", "знавать"),  # признать/признавать
    ("нять", "нимать"),  # принять/принимать, снять/снимать
    ("ять", "имать"),  # занять/занимать
    ("ести", "одить"),  # провести/проводить, привести/приводить
    ("ести", "осить"),  # принести/приносить
    ("йти", "ходить"),  # прийти/приходить, выйти/выходить, найти/находить
    ("ойти", "оходить"),  # пройти/проходить
    # -ить/-ать (-ять), the stem's last consonant alternating
    ("вить", "влять"),  # заявить/заявлять, объявить/объявлять, направить/направлять
    ("бить", "блять"),  # углубить/углублять
    ("пить", "плять"),  # укрепить/укреплять
    ("мить", "млять"),  # оформить/оформлять
    ("фить", "флять"),  # разграфить/разграфлять
    ("дить", "ждать"),  # обсудить/обсуждать, подтвердить/подтверждать
    ("дить", "жать"),  # снабдить/снабжать
    ("тить", "щать"),  # сократить/сокращать, посетить/посещать
    ("тить", "чать"),  # встретить/встречать, ответить/отвечать, отметить/отмечать
    ("стить", "щать"),  # простить/прощать, угостить/угощать
    ("зить", "жать"),  # выразить/выражать, снизить/снижать
    ("сить", "шать"),  # пригласить/приглашать, повысить/повышать
    ("лить", "лять"),  # выделить/выделять, разделить/разделять
    ("нить", "нять"),  # изменить/изменять, выполнить/выполнять, сохранить/сохранять
    ("рить", "рять"),  # ударить/ударять, проверить/проверять
    ("жить", "жать"),  # уничтожить/уничтожать, продолжить/продолжать
    ("шить", "шать"),  # решить/решать, нарушить/нарушать
    ("чить", "чать"),  # заключить/заключать, получить/получать
    ("щить", "щать"),  # сообщить/сообщать
)
_REFLEXIVE = ("ся", "сь")
# Verbs of the right shape and aspect that are another verb's partner: сказывать(ся) ("to
# tell on", "to affect") is no form of сказать, отмещать is отомстить's.
_NOT_PARTNERS = frozenset({"сказывать", "сказываться", "отмещать"})


@lru_cache(maxsize=4096)
def partners(infinitive: str) -> tuple[str, ...]:
    """The aspect partners of the verb whose infinitive is ``infinitive`` (lower-case):
    ``заявить`` -> ``("заявлять",)``, ``встретиться`` -> ``("встречаться",)``; empty when
    it has none of the regular shapes or the dictionary knows no such verb."""
    aspect = _aspect(infinitive)
    if aspect is None:
        return ()
    base, tail = infinitive, ""
    for ending in _REFLEXIVE:
        if infinitive.endswith(ending):
            base, tail = infinitive[: -len(ending)], ending
            break
    found: list[str] = []
    for perfective, imperfective in _PAIRS:
        mine, theirs = (
            (perfective, imperfective) if aspect == "perf" else (imperfective, perfective)
        )
        if mine == theirs or not base.endswith(mine) or len(base) <= len(mine):
            continue
        candidate = base[: -len(mine)] + theirs
        if tail:  # провестись, проводиться: "сь" after "ти", "ся" after "ть"
            candidate += "сь" if candidate.endswith("ти") else "ся"
        if (
            candidate != infinitive
            and candidate not in _NOT_PARTNERS
            and dictionary().word_is_known(candidate)  # not a guess of its predictor
            and _aspect(candidate) == _other(aspect)
        ):
            found.append(candidate)
    return tuple(dict.fromkeys(found))


def _aspect(infinitive: str) -> str | None:
    """The aspect the dictionary gives ``infinitive`` read as an infinitive of itself."""
    for parse in dictionary().parse(infinitive):
        if parse.tag.POS == "INFN" and parse.normal_form == infinitive and parse.tag.aspect:
            return str(parse.tag.aspect)
    return None


def _other(aspect: str) -> str:
    return "impf" if aspect == "perf" else "perf"

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
- another stem: провести/проводить, принять/принимать, прийти/приходить,
  вывезти/вывозить, отложить/откладывать, предложить/предлагать, покинуть/покидать,
  привлечь/привлекать, помочь/помогать, умереть/умирать, начать/начинать;
- the secondary imperfective, for a perfective none of the above gives a partner: -ить to
  -ивать with the stem's last consonant alternating, -ать to -ывать, the stem's last о
  turning to а (установить/устанавливать, договориться/договариваться, спросить/спрашивать,
  разработать/разрабатывать); where two perfectives may make one imperfective, the one
  with fewer changes has it (поваживаться is повадиться's, not повозиться's).

A candidate counts only when the dictionary knows it as an infinitive of the other aspect
(so "решить" gives "решать", and no made-up word). Verbs whose partner is another root
(сказать/говорить, взять/брать) or a prefix (делать/сделать: a prefix also changes the
meaning, "переделать") are left alone. Over the dictionary's 32,183 infinitives the rules
pair 7,187 verbs (2,482 before the stems that alternate and the secondary imperfective);
a sample of 160 of the new pairs read by hand held 3 wrong, all rare verbs (скатить and
скашивать, скосить's).
"""

from __future__ import annotations

from functools import lru_cache

from tg_archiver.archive import lazy_re
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
    ("езти", "озить"),  # вывезти/вывозить, ввезти/ввозить
    ("асти", "асать"),  # спасти/спасать
    ("рести", "ретать"),  # приобрести/приобретать, изобрести/изобретать
    ("чать", "чинать"),  # начать/начинать
    ("жать", "жимать"),  # сжать/сжимать
    ("стать", "ставать"),  # встать/вставать, перестать/переставать
    ("ереть", "ирать"),  # умереть/умирать, опереться/опираться
    ("еть", "евать"),  # преодолеть/преодолевать, одеть/одевать
    ("отреть", "атривать"),  # рассмотреть/рассматривать, предусмотреть/предусматривать
    ("чь", "кать"),  # привлечь/привлекать, пресечь/пресекать
    ("чь", "гать"),  # помочь/помогать, достичь/достигать
    ("кнуть", "кать"),  # возникнуть/возникать, привыкнуть/привыкать
    ("кнуть", "кивать"),  # подчеркнуть/подчёркивать, выкрикнуть/выкрикивать
    ("гнуть", "гать"),  # достигнуть/достигать, свергнуть/свергать
    ("хнуть", "хать"),  # иссохнуть/иссыхать is not made; ахнуть/ахать
    ("инуть", "идать"),  # покинуть/покидать
    ("винуть", "вигать"),  # выдвинуть/выдвигать, продвинуть/продвигать
    ("ложить", "кладывать"),  # отложить/откладывать, вложить/вкладывать
    ("ложить", "лагать"),  # предложить/предлагать, изложить/излагать
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
# tell on", "to affect") is no form of сказать, отмещать is отомстить's, полагать ("to
# believe") no form of положить (класть is), взимать ("to levy") none of взять (брать is).
_NOT_PARTNERS = frozenset({"сказывать", "сказываться", "отмещать", "полагать", "взимать"})


@lru_cache(maxsize=4096)
def partners(infinitive: str) -> tuple[str, ...]:
    """The aspect partners of the verb whose infinitive is ``infinitive`` (lower-case):
    ``заявить`` -> ``("заявлять",)``, ``встретиться`` -> ``("встречаться",)``; empty when
    it has none of the regular shapes or the dictionary knows no such verb."""
    infinitive = infinitive.replace("ё", "е")  # the dictionary reads е for ё, not ё for е
    if infinitive in _NOT_PARTNERS:
        return ()
    # A verb of both aspects to the dictionary (выводить: "to lead out", and "to bring up",
    # whose partner is вываживать) has the partners of each (session 36: вывести too).
    found = (p for aspect in _aspects(infinitive) for p in _partners(infinitive, aspect))
    return tuple(dict.fromkeys(found))


def _partners(infinitive: str, aspect: str) -> tuple[str, ...]:
    """The partners of the verb ``infinitive`` read as of ``aspect`` (see partners)."""
    base, tail = infinitive, ""
    for ending in _REFLEXIVE:
        if infinitive.endswith(ending):
            base, tail = infinitive[: -len(ending)], ending
            break
    found = _checked(_by_pairs(base, aspect), infinitive, tail, aspect)
    # The secondary imperfective, of a perfective the table gives no partner (отложить has
    # откладывать, not отлаживать, отладить's).
    if aspect == "perf" and not found:
        found = _checked(
            [c for c in _secondary(base) if _nearest_secondary(base, c)], infinitive, tail, aspect
        )
    elif aspect == "impf":
        candidates = [
            c
            for c in _primary(base)
            if base in _secondary(c)
            and _nearest_secondary(c, base)
            and not _checked(_by_pairs(c, "perf"), c, "", "perf")
        ]
        found = tuple(dict.fromkeys((*found, *_checked(candidates, infinitive, tail, aspect))))
    return found


def _checked(candidates: list[str], infinitive: str, tail: str, aspect: str) -> tuple[str, ...]:
    """Those of ``candidates`` (each with the reflexive ``tail`` added) that the dictionary
    knows as infinitives of the aspect other than ``aspect``."""
    found: list[str] = []
    for candidate in candidates:
        if tail:  # провестись, проводиться: "сь" after "ти", "ся" after "ть"
            candidate += "сь" if candidate.endswith("ти") else "ся"
        if (
            candidate != infinitive
            and candidate not in _NOT_PARTNERS
            and _known(candidate, _other(aspect))  # known: not a guess of its predictor
            and (spelled := _as_infinitive(candidate)) is not None
        ):
            found.append(spelled[0])  # as the dictionary writes it: подчёркивать
    return tuple(dict.fromkeys(found))


def _by_pairs(base: str, aspect: str) -> list[str]:
    """The other aspect's infinitives ``base`` makes by _PAIRS (not yet checked)."""
    out = []
    for perfective, imperfective in _PAIRS:
        mine, theirs = (
            (perfective, imperfective) if aspect == "perf" else (imperfective, perfective)
        )
        if mine != theirs and base.endswith(mine) and len(base) > len(mine):
            out.append(base[: -len(mine)] + theirs)
    return out


# The secondary imperfective: -ить to -ивать, the stem's last consonant alternating as it
# does before -ять (_PAIRS), and -ать to -ывать; in both the stem's last о may turn to а:
# установить/устанавливать, договориться/договариваться, спросить/спрашивать,
# освоить/осваивать, разработать/разрабатывать, опоздать/опаздывать.
_MUTATIONS = (
    ("ст", "щ"), ("т", "ч"), ("т", "щ"), ("д", "ж"), ("д", "жд"), ("с", "ш"), ("з", "ж"),
    ("в", "вл"), ("б", "бл"), ("п", "пл"), ("м", "мл"), ("ф", "фл"), ("к", "ч"), ("г", "ж"),
)  # fmt: skip
_VELAR_OR_HUSHING = tuple("кгхжшчщ")
_LAST_O = lazy_re.compile(r"о(?=[^аеёиоуыэюя]*$)")


def _secondary(base: str) -> dict[str, int]:
    """The secondary imperfectives ``base`` (a perfective infinitive) may make, each with
    the number of changes its stem took (an alternating consonant, о to а); not yet checked
    against the dictionary."""
    if base.endswith("ить"):
        stem, mutate = base[:-3], True
    elif base.endswith("ать"):
        stem, mutate = base[:-3], False
    else:
        return {}
    if len(stem) < 2:
        return {}
    stems = {stem: 0}
    if mutate:
        stems |= {stem[: -len(a)] + b: 1 for a, b in _MUTATIONS if stem.endswith(a)}
    stems |= {_LAST_O.sub("а", s): n + 1 for s, n in list(stems.items()) if _LAST_O.search(s)}
    out: dict[str, int] = {}
    for s, n in stems.items():
        suffix = "ивать" if mutate or s.endswith(_VELAR_OR_HUSHING) else "ывать"
        out.setdefault(s + suffix, n)
    return out


def _primary(base: str) -> list[str]:
    """The perfectives whose secondary imperfective ``base`` may be (the way back of
    :func:`_secondary`, not yet checked)."""
    suffix = next((e for e in ("ивать", "ывать") if base.endswith(e)), None)
    if suffix is None or len(base) <= len(suffix) + 1:
        return []
    stem = base[: -len(suffix)]
    stems = [stem, *(stem[: -len(b)] + a for a, b in _MUTATIONS if stem.endswith(b))]
    stems += [s[:i] + "о" + s[i + 1 :] for s in stems if (i := s.rfind("а")) >= 0]
    return [s + e for s in dict.fromkeys(stems) for e in ("ить", "ать")]


def _known(infinitive: str, aspect: str) -> bool:
    """Whether the dictionary knows ``infinitive`` as an infinitive of ``aspect``."""
    return dictionary().word_is_known(infinitive) and aspect in _aspects(infinitive)


@lru_cache(maxsize=8192)
def _aspects(infinitive: str) -> tuple[str, ...]:
    """The aspects the dictionary gives ``infinitive`` read as an infinitive of itself (two
    for a verb of both: выводить, переводить), its first reading's first."""
    folded = infinitive.replace("ё", "е")
    found = (
        str(parse.tag.aspect)
        for parse in dictionary().parse(infinitive)
        if parse.tag.POS == "INFN"
        and str(parse.normal_form).replace("ё", "е") == folded
        and parse.tag.aspect
    )
    return tuple(dict.fromkeys(found))


def _nearest_secondary(perfective: str, imperfective: str) -> bool:
    """Whether the imperfective is ``perfective``'s by the fewest changes among the
    perfectives it may be made from (поваживаться: повадиться's, a consonant changed, not
    повозиться's, a consonant and a vowel)."""
    changes = _secondary(perfective)[imperfective]
    others = (
        _secondary(p)[imperfective]
        for p in _primary(imperfective)
        if imperfective in _secondary(p) and _known(p, "perf")
    )
    return changes <= min(others, default=changes)


@lru_cache(maxsize=8192)
def _as_infinitive(infinitive: str) -> tuple[str, str] | None:
    """The dictionary's spelling of ``infinitive`` (``ё`` where it writes one:
    подчеркивать, подчёркивать) and its aspect, when it reads it as an infinitive of itself."""
    folded = infinitive.replace("ё", "е")
    for parse in dictionary().parse(infinitive):
        lemma = str(parse.normal_form)
        if parse.tag.POS == "INFN" and lemma.replace("ё", "е") == folded and parse.tag.aspect:
            return lemma, str(parse.tag.aspect)
    return None


def _other(aspect: str) -> str:
    return "impf" if aspect == "perf" else "perf"

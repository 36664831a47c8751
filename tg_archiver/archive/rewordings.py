"""Words a copy puts in the place of the original's without saying anything else: a reporting
verb ("said" / "stated", «заявил» / «сказал»), a rise or a fall told otherwise ("rose" /
"climbed", «подорожал» / «вырос в цене»), an event that "was held" or "took place", the
"deepest" or "sincere" condolences of a message "sent" or "addressed".

Near-duplicate detection (archive/similarity.py) reads a short stretch where two posts of a
template's family (or of one channel) each have a content word of their own as the template's
slot filled otherwise: "earthquake" for "floods", "presidential" for "parliamentary". Agencies
and reposters reword a statement they copy in exactly such stretches, and a channel re-posts
its own text with its wording touched; those stretches say the same thing. :func:`reworded`
tells them: both sides are phrasings of one group below, compared by their words' forms
(archive/analysis.py: every case and tense of each word). The groups hold words that report,
rise, fall, take place, take part, send or describe a message in the wording of news and
official statements, in both languages; never two words that tell different facts (a rise and
a fall, a death and an injury, "will attend" and "attended").

Session 50, from the eighteenth blind set's copies reworded.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tg_archiver.archive.analysis import analyse_word
from tg_archiver.archive.typos import misspelt_word

__all__ = ["reworded"]

# Each group: phrasings that say the same, one per entry, their words as written; a phrase
# matches a stretch of the same words in any of their forms.
_GROUPS: tuple[tuple[str, ...], ...] = (
    # reporting
    (
        "said",
        "stated",
        "noted",
        "remarked",
        "commented",
        "added",
        "declared",
        "stressed",
        "emphasised",
        "emphasized",
        "underlined",
        "pointed out",
        "told",
    ),
    ("says", "reads", "states", "notes", "informs", "reports", "announces"),
    ("said", "says"),  # a reporting verb's tense: one statement told twice (session 52)
    ("reporters", "journalists", "the press", "the media", "media"),
    # what data or figures show (session 51)
    ("showed", "indicated", "revealed", "pointed to"),
    ("shows", "indicates", "reveals", "points to"),
    ("please note", "we remind you", "be advised", "note that"),
    (
        "заявил",
        "сказал",
        "отметил",
        "подчеркнул",
        "указал",
        "добавил",
        "констатировал",
        "высказался",
        "сообщил",
    ),
    ("заявила", "сказала", "отметила", "подчеркнула", "указала", "добавила", "сообщила"),
    ("заявили", "сказали", "отметили", "подчеркнули", "указали", "добавили", "сообщили"),
    ("сообщает", "информирует", "передает", "уведомляет"),
    ("сообщили", "рассказали", "проинформировали"),
    # where a figure is read (session 52): «следует из данных», «говорится в сообщении»
    ("следует из", "говорится в", "сообщается в", "указывается в", "отмечается в"),
    ("according to", "as stated in", "as reported in"),
    ("журналистам", "репортерам", "прессе", "представителям сми"),
    ("напоминаем", "обращаем внимание", "просим обратить внимание"),
    # messages
    ("sent", "addressed", "conveyed", "dispatched"),
    ("deepest", "deep", "sincere", "heartfelt", "profound"),
    ("warmest", "warm", "cordial", "heartfelt", "sincere"),
    ("глубокие", "искренние", "глубочайшие", "самые искренние"),
    ("направил", "адресовал"),
    ("послании", "телеграмме", "обращении"),
    # taking place, taking part
    ("was held", "took place"),
    ("will be held", "will take place"),
    ("opens", "begins", "starts"),
    ("opened", "began", "started"),
    ("take part", "participate"),
    ("took part", "participated"),
    ("hold", "have", "conduct", "convene"),
    ("состоится", "пройдет", "будет проведен", "будет проведена", "будет проведено"),
    ("состоялся", "прошел"),
    ("состоялась", "прошла"),
    ("состоялось", "прошло"),
    ("состоялись", "прошли"),
    ("примет участие", "будет участвовать", "поучаствует"),
    ("приняли участие", "участвовали"),
    # advice
    ("advises", "urges", "recommends"),
    ("advise", "urge", "recommend"),
    ("рекомендует", "советует", "призывает"),
    ("рекомендуем", "советуем", "призываем"),
    ("воздержаться", "отказаться", "избегать", "воздерживаться"),
    # figures that rise or fall
    ("rose", "climbed", "increased", "grew", "went up"),
    ("rises", "climbs", "increases", "grows", "goes up"),
    ("fell", "dropped", "declined", "decreased", "went down"),
    ("falls", "drops", "declines", "decreases", "goes down"),
    ("stood at", "was", "amounted to", "totalled", "totaled"),
    ("вырос", "увеличился", "возрос", "повысился"),
    ("выросла", "увеличилась", "возросла", "повысилась"),
    ("выросло", "увеличилось", "возросло", "повысилось"),
    ("выросли", "увеличились", "возросли", "повысились"),
    ("снизился", "опустился", "сократился", "уменьшился", "упал"),
    ("снизилась", "опустилась", "сократилась", "уменьшилась", "упала"),
    ("снизились", "опустились", "сократились", "уменьшились", "упали"),
    ("подорожал", "вырос в цене"),
    ("подорожала", "выросла в цене"),
    ("подорожали", "выросли в цене"),
    ("подешевел", "снизился в цене", "упал в цене"),
    ("подешевела", "снизилась в цене", "упала в цене"),
    ("подешевели", "снизились в цене", "упали в цене"),
    # results, verdicts, lists
    ("beat", "defeated"),
    ("обыграла", "победила", "одолела"),
    ("обыграл", "победил", "одолел"),
    ("hit", "struck", "jolted", "rocked"),
    ("вынес", "огласил"),
    ("включил", "внес"),
    ("включили", "внесли"),
)


def reworded(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether two differing stretches of words (folded: archive/dedup_words.fold_word) are
    two phrasings of one group: a copy's rewording, no slot filled otherwise. Words in both
    (in some form) and a word misspelt on one side are read out first: "вынес приговор" /
    "огласил приговор" is "вынес" / "огласил"."""
    one, other = list(left), list(right)
    forms_other = list(_phrase(other))
    for word, form in zip(left, _phrase(left), strict=True):
        if form in forms_other:  # a word both sides hold (once each), in some form
            at = forms_other.index(form)
            one.remove(word)
            del other[at], forms_other[at]
    for word in list(one):
        slip = next((w for w in other if misspelt_word(word, w)), None)
        if slip is not None:
            one.remove(word)
            other.remove(slip)
    if not one or not other:
        return False
    groups = _phrasings()
    return bool(groups.get(_phrase(one), frozenset()) & groups.get(_phrase(other), frozenset()))


def _phrase(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(analyse_word(w) for w in words)


@cache
def _phrasings() -> dict[tuple[str, ...], frozenset[int]]:
    """Each phrasing's words' forms -> the groups it is in (read at the first look-up)."""
    found: dict[tuple[str, ...], set[int]] = {}
    for n, group in enumerate(_GROUPS):
        for phrase in group:
            found.setdefault(_phrase(phrase.replace("ё", "е").split()), set()).add(n)
    return {phrase: frozenset(groups) for phrase, groups in found.items()}

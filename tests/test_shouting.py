"""Lines in capitals written as sentences are, for headlines and summaries (archive/shouting.py)."""

from __future__ import annotations

import pytest

from tg_archiver.archive.shouting import is_shouting, sentence_cased
from tg_archiver.archive.summary import headline_and_summary

STATEMENT = (
    "ЗАЯВЛЕНИЕ МИД РОССИИ\n\n"
    "В СВЯЗИ С РЕШЕНИЕМ СОВЕТА ЕВРОПЕЙСКОГО СОЮЗА О ВВЕДЕНИИ ОГРАНИЧИТЕЛЬНЫХ МЕР ПРОТИВ"
    " ГРАЖДАН И КОМПАНИЙ ГОСУДАРСТВ – УЧАСТНИКОВ СНГ\n\n"
    "11 июля Совет ЕС утвердил очередной пакет так называемых санкций.\n\n"
    "Российская сторона окажет партнёрам по #СНГ необходимое содействие."
)


def test_a_heading_and_its_subtitle_in_capitals_read_as_one_sentence() -> None:
    # The digest showed "ЗАЯВЛЕНИЕ МИД РОССИИ" over the subtitle in capitals as its summary
    # (its words, all capitals, counted as names); the statement's substance was left out.
    headline, summary = headline_and_summary(None, STATEMENT)
    # "Совета": the text names it so ("11 июля Совет ЕС утвердил …").
    assert headline.startswith("Заявление МИД России в связи с решением Совета европейского")
    assert "СНГ" in summary and "ГРАЖДАН" not in summary
    assert "Российская сторона окажет партнёрам по СНГ" in summary or "11 июля" in summary


def test_english_capitals_read_in_title_case_with_abbreviations_kept() -> None:
    text = (
        "STATEMENT BY THE RUSSIAN MINISTRY OF FOREIGN AFFAIRS\n\n"
        "REGARDING THE SANCTIONS AGAINST CIS MEMBER STATES\n\n"
        "On July 11, the Council of the EU approved yet another package of sanctions."
    )
    assert sentence_cased(text).split("\n")[0] == (
        "Statement by the Russian Ministry of Foreign Affairs Regarding the Sanctions"
        " Against CIS Member States"
    )
    line = "MEETING OF THE CPC DELEGATION WITH THE SCO SECRETARY-GENERAL"
    assert sentence_cased(line) == "Meeting of the CPC Delegation with the SCO Secretary-General"


def test_names_places_and_abbreviations_keep_their_capitals_in_russian() -> None:
    assert sentence_cased("СРОЧНО: ЛАВРОВ ПРИБЫЛ В ТЯНЬЦЗИНЬ НА СМИД ШОС") == (
        "Срочно: Лавров прибыл в Тяньцзинь на СМИД ШОС"
    )
    assert sentence_cased("САММИТ БРИКС В КАЗАНИ ОТКРЫЛСЯ") == "Саммит БРИКС в Казани открылся"


@pytest.mark.parametrize(
    "text", ["СНГ", "BRICS PLUS", "UN", "Лавров: ВАЖНО знать", "#SCO #BRICS #CIS", "12 000 КМ"]
)
def test_a_name_or_a_word_in_capitals_is_not_shouting(text: str) -> None:
    assert not is_shouting(text)
    assert sentence_cased(text) == text


def test_a_subtitle_in_capitals_keeps_an_ordinal_and_a_small_word_small() -> None:
    text = (
        "STATEMENT BY THE RUSSIAN FOREIGN MINISTRY\n"
        "ON THE 80TH ANNIVERSARY OF THE SIGNING OF THE UN CHARTER\n\nWe call on all states."
    )
    # It read "… Foreign Ministry On the 80TH Anniversary …".
    assert sentence_cased(text).splitlines()[0] == (
        "Statement by the Russian Foreign Ministry on the 80th Anniversary of the Signing of"
        " the UN Charter"
    )


def test_a_heading_in_capitals_writes_a_name_as_its_text_does() -> None:
    text = (
        "ЗАЯВЛЕНИЕ МИД РОССИИ\nВ СВЯЗИ С 80-ЛЕТИЕМ ПОДПИСАНИЯ УСТАВА ООН\n\n"
        "26 июня 1945 года был подписан Устав Организации Объединенных Наций."
    )
    # "Устав ООН" is a name ("подписан Устав"): not "подписания устава ООН". A word the text
    # writes only at a sentence's start is no name ("Заявление").
    assert sentence_cased(text).splitlines()[0] == (
        "Заявление МИД России в связи с 80-летием подписания Устава ООН"
    )


def test_a_short_name_that_declines_is_a_word_not_an_abbreviation() -> None:
    # The search's table holds them (Минобороны: Министерство обороны), in capitals only
    # its abbreviations: a short name is written as a word.
    assert sentence_cased("МИНОБОРОНЫ И ЕВРОСОЮЗ ОСУДИЛИ ТАЛИБАН И МИД") == (
        "Минобороны и Евросоюз осудили Талибан и МИД"
    )

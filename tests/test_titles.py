"""A person's titles, and where a meeting took place, left out of a headline that would be cut
before the second name (archive/titles.py, officialese.without_sidelines); an editors'
review of a UN week's digests found headlines such as "… Sergey Lavrov held talks with
Member…"."""

from __future__ import annotations

import pytest

from tg_archiver.archive.officialese import shortened, without_sidelines
from tg_archiver.archive.summary import headline_and_summary
from tg_archiver.archive.titles import without_titles


def test_the_earlier_titles_of_a_list_go_first_then_whole_titles_longest_first() -> None:
    text = (
        "Sergey Lavrov held talks with Member of the Political Bureau of the CPC Central"
        " Committee, Foreign Minister of China Wang Yi in Beijing"
    )
    assert without_titles(text, 80) == (
        "Sergey Lavrov held talks with Foreign Minister of China Wang Yi in Beijing"
    )
    assert without_titles(text, 60) == "Sergey Lavrov held talks with Wang Yi in Beijing"
    text = (
        "Turkish Foreign Minister Hakan Fidan met with U.S. Secretary of State Marco Rubio in"
        " The Hague"
    )
    # The longest goes first, and only while the line is too long.
    assert without_titles(text, 80) == (
        "Hakan Fidan met with U.S. Secretary of State Marco Rubio in The Hague"
    )
    assert without_titles(text, 50) == "Hakan Fidan met with Marco Rubio in The Hague"
    assert without_titles(text, 200) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the" goes with its title, "of" stays with what it joins.
        (
            "The visit of Foreign Minister Ahmed Attaf followed talks with the Foreign Minister"
            " of Eswatini Pholile Shakantu",
            "The visit of Ahmed Attaf followed talks with Pholile Shakantu",
        ),
        # One word after a title's noun is a name; a possessive country is part of the title.
        (
            "Russia's Foreign Minister Sergey Lavrov conveyed a message to President Tokayev",
            "Sergey Lavrov conveyed a message to Tokayev",
        ),
        # An event or a body is no name: "Meeting" after "Ministers" stays with its words.
        (
            "The SCO Foreign Ministers Meeting in Astana was attended by Secretary-General"
            " Nurlan Yermekbayev",
            "The SCO Foreign Ministers Meeting in Astana was attended by Nurlan Yermekbayev",
        ),
        # A title in small letters is none ("food security, Foreign Ministry Spokeswoman").
        (
            "Moscow backs a conference on food security, Foreign Ministry Spokeswoman Maria"
            " Zakharova said",
            "Moscow backs a conference on food security, Maria Zakharova said",
        ),
        # Within a quotation the words are the speaker's own, whatever their length.
        (
            "Trump says «I am very disappointed with President Putin» and threatens tariffs",
            "Trump says «I am very disappointed with President Putin» and threatens tariffs",
        ),
    ],
)
def test_a_title_is_told_by_its_words_and_ends_before_a_name(text: str, expected: str) -> None:
    assert without_titles(text, 40) == expected


def test_russian_titles_go_before_a_first_name_and_surname() -> None:
    text = (
        'Генеральный директор "Росатома" Алексей Лихачев и глава МАГАТЭ Рафаэль Гросси обсудили'
        " ротацию экспертов"
    )
    assert without_titles(text, 80) == (
        "Алексей Лихачев и глава МАГАТЭ Рафаэль Гросси обсудили ротацию экспертов"
    )
    assert without_titles(text, 60) == "Алексей Лихачев и Рафаэль Гросси обсудили ротацию экспертов"
    text = (
        "Лавров провел переговоры с членом Политбюро ЦК КПК, министром иностранных дел КНР"
        " Сергеем Ивановым"
    )
    assert without_titles(text, 80) == (
        "Лавров провел переговоры с министром иностранных дел КНР Сергеем Ивановым"
    )
    # A verb ends a title: "заявил" is no title of Иванов's.
    text = "Председатель заявил Сергею Иванову о решении комиссии по делам национальностей"
    assert without_titles(text, 40) == text


def test_where_a_meeting_took_place_goes_with_the_words_that_name_it() -> None:
    assert without_sidelines(
        "On the sidelines of the 81st session of the UNGA, Sergey Lavrov held talks with Wang Yi"
    ) == ("Sergey Lavrov held talks with Wang Yi")
    assert without_sidelines(
        "Lavrov took part in the meeting on the sidelines of the SCO Summit, chaired by India"
    ) == ("Lavrov took part in the meeting, chaired by India")
    assert without_sidelines(
        "Лихачев и Гросси обсудили на полях 81-й сессии Генеральной конференции агентства"
        " ротацию экспертов МАГАТЭ"
    ) == ("Лихачев и Гросси обсудили ротацию экспертов МАГАТЭ")
    assert without_sidelines("Nothing to leave out here") == "Nothing to leave out here"


def test_organisations_are_written_as_agencies_write_them_in_a_long_line() -> None:
    line = (
        "Foreign Minister of Russia Sergey Lavrov had a telephone conversation with Director"
        " General of the International Atomic Energy Agency Rafael Grossi"
    )
    assert shortened(line, 120) == (
        "Foreign Minister of Russia Sergey Lavrov had a telephone conversation with Director"
        " General of the IAEA Rafael Grossi"
    )
    line = (
        "Выступление Постоянного представителя России при ООН на заседании Совета Безопасности"
        " ООН и на пленарном заседании Генеральной Ассамблеи ООН по Сирии, Нью-Йорк"
    )
    assert shortened(line, 120) == (
        "Выступление Постоянного представителя России при ООН на заседании СБ ООН и на"
        " пленарном заседании Генассамблеи ООН по Сирии, Нью-Йорк"
    )


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "On the sidelines of the 81st session of the UN General Assembly, Sergey Lavrov held"
            " talks with Member of the Political Bureau of the CPC Central Committee, Foreign"
            " Minister of China Wang Yi. The ministers discussed the schedule of contacts.",
            "On the sidelines of the 81st session of the UNGA, Sergey Lavrov held talks with"
            " Foreign Minister of China Wang Yi",
        ),
        (
            "Foreign Minister of Russia Sergey Lavrov has arrived in New York to lead the Russian"
            " delegation at the high-level week of the 81st session of the UNGA. He was met at"
            " the airport.",
            "Sergey Lavrov has arrived in New York to lead the Russian delegation at the"
            " high-level week of the 81st session of the UNGA",
        ),
        (
            'Генеральный директор "Росатома" Алексей Лихачев и глава МАГАТЭ Рафаэль Гросси'
            " обсудили на полях Генеральной конференции агентства ротацию экспертов МАГАТЭ на"
            " Запорожской АЭС и поставки оборудования для станции.",
            "Алексей Лихачев и Рафаэль Гросси обсудили ротацию экспертов МАГАТЭ на Запорожской"
            " АЭС и поставки оборудования для станции",
        ),
    ],
)
def test_a_readout_s_headline_names_both_sides_whole(text: str, headline: str) -> None:
    assert headline_and_summary(None, text)[0] == headline


def test_a_sentence_far_too_long_keeps_its_titles() -> None:
    text = "Foreign Minister Sergey Lavrov met " + ", ".join(
        f"President Name{n} Surname" for n in range(5_000)
    )
    assert without_titles(text, 140) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A blind review's week: "…согласовали Дональда Трампа…", "…направил Филиппин
        # Фердинанду Маркосу…": the noun the title and the name depend on went with the title.
        (
            "Стороны согласовали второй этап плана российского президента Владимира Путина по"
            " урегулированию конфликта в регионе",
            "Стороны согласовали второй этап плана Владимира Путина по урегулированию конфликта"
            " в регионе",
        ),
        (
            "Михаил Мишустин направил поздравления премьер-министру Казахстана Олжасу Бектенову"
            " в связи с годовщиной установления дипломатических отношений",
            "Михаил Мишустин направил поздравления Олжасу Бектенову в связи с годовщиной"
            " установления дипломатических отношений",
        ),
        (
            "Стороны обсудили проект соглашения председателя правительства Михаила Мишустина о"
            " сотрудничестве в энергетике",
            "Стороны обсудили проект соглашения Михаила Мишустина о сотрудничестве в энергетике",
        ),
    ],
)
def test_a_russian_title_leaves_the_noun_it_depends_on(text: str, expected: str) -> None:
    assert without_titles(text, 100) == expected


def test_a_place_before_a_name_is_no_first_name_of_it() -> None:
    # "Филиппин" (of the Philippines) is also a woman's name in the genitive plural, and
    # "Вене" (in Vienna) one in the dative: a first name and a surname share a case.
    text = (
        "Путин направил соболезнования президенту Филиппин Сергею Иванову в связи с жертвами"
        " землетрясения у побережья острова"
    )
    assert without_titles(text, 100) == (
        "Путин направил соболезнования Сергею Иванову в связи с жертвами землетрясения у"
        " побережья острова"
    )
    text = "Постпред России в Вене Михаил Ульянов: возвращение к соглашению всё ещё возможно"
    assert without_titles(text, 70) == ("Михаил Ульянов: возвращение к соглашению всё ещё возможно")

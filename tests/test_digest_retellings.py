"""One event told in one language by two sources: one item of a digest, the later listed as
one more source (archive/digest_retellings.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import export_row

from tg_archiver.archive.digest import DigestOptions, compose_digest
from tg_archiver.archive.digest_items import DigestItem, group_items
from tg_archiver.archive.digest_retellings import fold_retellings
from tg_archiver.archive.export import ExportRow

T0 = datetime(2024, 10, 18, 19, 0, tzinfo=UTC)
NAMES = {
    "tass_agency": "ТАСС",
    "rian_ru": "РИА Новости",
    "interfaxonline": "Интерфакс",
    "kazinform_news": "Kazinform",
    "belta_telegramm": "БелТА",
    "MID_Russia": "МИД России",
    "MariaVladimirovnaZakharova": "Мария Захарова",
    "globalwire": "Global Wire",
    "apnews": "AP",
}

VOTE_TASS = (
    "ООН, 18 октября. /ТАСС/. Совет Безопасности ООН не принял российский проект резолюции с "
    "призывом к немедленному прекращению огня в Ливане. Против проголосовали США, "
    "Великобритания и Франция.\n\nПостпред РФ при ООН Василий Небензя заявил, что западные "
    'страны "вновь заблокировали усилия по спасению жизней мирных ливанцев".'
)
VOTE_RIA = (
    "ООН, 18 окт – РИА Новости. Совет Безопасности ООН не принял подготовленный Россией проект "
    "резолюции с призывом к немедленному прекращению огня в Ливане: против проголосовали США, "
    "Великобритания и Франция.\n\n❗️ Подписывайтесь на РИА Новости: @rian_ru"
)
SINWAR_WIRE = (
    "Israel said Thursday it killed Hamas leader Yahya Sinwar, the mastermind of the October 7 "
    "attack, in a military operation in the southern Gaza Strip."
)
SINWAR_AP = (
    "Israel's military confirmed on Thursday that Hamas leader Yahya Sinwar had been killed "
    "in the Gaza Strip, calling it a major blow to the militant group."
)
ARRIVES_TASS = "⚡️Мишустин прибыл в Исламабад для участия в заседании Совета глав правительств ШОС."
ARRIVES_KAZINFORM = (
    "Олжас Бектенов прибыл в Исламабад\n\nИСЛАМАБАД. KAZINFORM – Премьер-министр Казахстана "
    "Олжас Бектенов прибыл в Пакистан для участия в заседании Совета глав правительств "
    "государств – членов ШОС."
)
ARRIVES_BELTA = (
    "Головченко прибыл в Исламабад для участия в заседании Совета глав правительств ШОС. "
    "Премьер-министр Беларуси впервые примет участие в заседании в этом качестве."
)


def post(n: int, text: str, source: str, minutes: int, **changes: object) -> ExportRow:
    return export_row(
        n,
        text,
        source=source,
        source_title=NAMES[source],
        url=f"https://t.me/{source}/{n}",
        published_at=T0 + timedelta(minutes=minutes),
        tags=("UN",),
        **changes,
    )


def items(rows: list[ExportRow]) -> list[tuple[int, ...]]:
    return [tuple(r.id for r in item.rows) for item in group_items(rows)]


def test_two_agencies_reporting_one_vote_are_one_story_led_by_the_earlier() -> None:
    rows = [post(1, VOTE_RIA, "rian_ru", 0), post(2, VOTE_TASS, "tass_agency", 10)]
    assert items(rows) == [(1, 2)]
    [message] = compose_digest(
        rows, DigestOptions("d", ("UN",)), since=T0, until=T0 + timedelta(days=1)
    )
    assert "1 story from 2 posts" in message
    assert '+1 source: <a href="https://t.me/tass_agency/2">ТАСС</a>' in message
    # English too: a wire's story and an agency's of one killing.
    wires = [post(1, SINWAR_WIRE, "globalwire", 0), post(2, SINWAR_AP, "apnews", 30)]
    assert items(wires) == [(1, 2)]


def test_stories_about_different_people_at_one_event_stay_apart() -> None:
    # Three prime ministers arrive at one summit, each reported by his own agency, in
    # words that are nearly the same: each first sentence names someone the others never do.
    rows = [
        post(1, ARRIVES_TASS, "tass_agency", 0),
        post(2, ARRIVES_KAZINFORM, "kazinform_news", 20),
        post(3, ARRIVES_BELTA, "belta_telegramm", 40),
    ]
    assert items(rows) == [(1,), (2,), (3,)]


def test_what_is_no_retelling_stays_apart() -> None:
    # More than twelve hours apart.
    assert items([post(1, VOTE_RIA, "rian_ru", 0), post(2, VOTE_TASS, "tass_agency", 760)]) == [
        (1,),
        (2,),
    ]
    # One source: its own two posts (dedup links its re-posts).
    assert items([post(1, VOTE_RIA, "rian_ru", 0), post(2, VOTE_TASS, "rian_ru", 10)]) == [
        (1,),
        (2,),
    ]
    # An announcement and the event it announced (a digest leaves the announcement out when
    # its event follows, archive.digest_notices; not by folding it into the event).
    ahead = (
        "Совет Безопасности ООН 18 октября проведет голосование по российскому проекту "
        "резолюции с призывом к немедленному прекращению огня в Ливане."
    )
    told = [
        DigestItem(post(1, ahead, "interfaxonline", 0)),
        DigestItem(post(2, VOTE_TASS, "tass_agency", 10)),
    ]
    assert fold_retellings(told) == told
    # A briefing names many stories; an agency's report of one of its answers is its own.
    briefing = (
        "🎙 Брифинг официального представителя МИД России М.В.Захаровой, Москва, 18 октября\n\n"
        "О голосовании в Совете Безопасности ООН по российскому проекту резолюции о "
        "немедленном прекращении огня в Ливане: против проголосовали США, Великобритания и "
        "Франция."
    )
    assert items([post(1, briefing, "MID_Russia", 0), post(2, VOTE_TASS, "tass_agency", 10)]) == [
        (1,),
        (2,),
    ]
    # Stories of one place and day in other words: the vote and the ministry's comment on it.
    comment = (
        "Вашингтон, Лондон и Париж снова заблокировали призыв к прекращению огня. Каждая такая "
        "«блокировка» стоит жизней мирных людей."
    )
    assert items(
        [post(1, VOTE_TASS, "tass_agency", 0), post(2, comment, "MariaVladimirovnaZakharova", 30)]
    ) == [(1,), (2,)]


def test_a_story_joins_the_story_that_leads_never_a_retelling_of_it() -> None:
    # The third retells the second (the same words), not the first; the second joined the
    # first, so the third stays a story of its own rather than drift along a chain.
    first = VOTE_RIA
    second = VOTE_TASS
    third = (
        'Постпред РФ при ООН Василий Небензя заявил, что западные страны "вновь заблокировали '
        'усилия по спасению жизней мирных ливанцев". Ответственность лежит на них.'
    )
    rows = [
        post(1, first, "rian_ru", 0),
        post(2, second, "tass_agency", 10),
        post(3, third, "interfaxonline", 20),
    ]
    assert items(rows) == [(1, 2), (3,)]


MAJLIS_WIRE = (
    "Iran's parliament votes to suspend cooperation with the IAEA\n\n"
    "Iran's parliament on Wednesday approved a bill suspending cooperation with the "
    "International Atomic Energy Agency, state media reported, days after the ceasefire."
)
MAJLIS_AP = (
    "Iran's parliament passes bill to suspend cooperation with IAEA\n\n"
    "Iran's lawmakers voted on Wednesday to suspend cooperation with the International Atomic "
    "Energy Agency, a move that still needs the approval of the Guardian Council."
)
TALKS_WIRE = (
    "Qatar said on Wednesday that talks with Iran and the United States on the truce would go "
    "on in Doha next week."
)


def test_two_reports_opening_with_one_name_are_one_story() -> None:
    """Both first sentences open with "Iran's": a capital opening a sentence is no name by
    itself, but the name is one both stories are about, not a stranger to either (another
    story of the window names Iran inside a sentence)."""
    rows = [
        post(1, MAJLIS_WIRE, "globalwire", 0),
        post(2, TALKS_WIRE, "tass_agency", 5),
        post(3, MAJLIS_AP, "apnews", 20),
    ]
    assert items(rows) == [(1, 3), (2,)]


ARRIVAL_KABAR = (
    "Министр иностранных дел России Сергей Лавров прибыл в Бишкек\n\n"
    'В аэропорту "Манас" его встретил министр иностранных дел Кыргызской Республики Жээнбек '
    "Кулубаев. Лавров примет участие в заседании Совета министров иностранных дел ШОС."
)
TALKS_MID = (
    "🤝 Состоялись переговоры Министра иностранных дел Российской Федерации С.В.Лаврова с "
    "Министром иностранных дел Кыргызской Республики Ж.Кулубаевым.\n\nОбсуждены вопросы "
    "подготовки к заседанию Совета министров иностранных дел ШОС в Бишкеке."
)


def test_an_arrival_and_the_talks_held_there_are_two_stories() -> None:
    """Told by the same names (the minister met the guest at the airport), the talks were a
    "+1 source" of the arrival, and no digest said they had happened (a blind week's review)."""
    rows = [
        post(1, ARRIVAL_KABAR, "kazinform_news", 0),
        post(2, TALKS_MID, "MID_Russia", 55),
    ]
    assert items(rows) == [(1,), (2,)]


def test_two_agencies_flashes_minutes_apart_are_one_story_hours_apart_two() -> None:
    # Each flash tells its own fact of the shelling (the first toll, the risen one): fewer
    # words shared than a retelling's, enough when the two came within minutes.
    first = "ВСУ обстреляли Белгород, ранены три человека, сообщил Гладков."
    risen = "Число раненых при обстреле Белгорода выросло до пяти."
    assert items([post(1, first, "tass_agency", 0), post(2, risen, "rian_ru", 15)]) == [(1, 2)]
    assert items([post(1, first, "tass_agency", 0), post(2, risen, "rian_ru", 120)]) == [
        (1,),
        (2,),
    ]
    thai = "Правительство Таиланда одобрило заявку на вступление в БРИКС."
    thai_ria = "Таиланд намерен вступить в БРИКС, кабмин одобрил соответствующее письмо."
    assert items([post(1, thai, "tass_agency", 0), post(2, thai_ria, "rian_ru", 6)]) == [(1, 2)]


def test_a_vote_and_an_envoys_explanation_of_it_minutes_apart_stay_two() -> None:
    vote = (
        "СБ ООН принял предложенную США резолюцию о прекращении огня в Газе, Россия воздержалась."
    )
    why = (
        "Небензя: Россия воздержалась, так как в резолюции США нет ясности, согласился ли "
        "Израиль на условия прекращения огня."
    )
    assert items([post(1, vote, "tass_agency", 0), post(2, why, "rian_ru", 20)]) == [(1,), (2,)]
    # Two quakes of one day, each agency's flash of its own, minutes apart.
    peru = "Землетрясение магнитудой 6,1 произошло на юге Перу, погибли три человека."
    japan = "Землетрясение магнитудой 6,8 произошло у побережья Хоккайдо, пострадали два человека."
    assert items([post(1, peru, "tass_agency", 0), post(2, japan, "rian_ru", 10)]) == [(1,), (2,)]


def test_who_told_it_at_a_flashs_end_is_not_who_it_is_about() -> None:
    # Each flash closes on its own teller (the governor, the mayor): no one the story is
    # about, so the two are not "about different people".
    governor = "Число раненых при обстреле Белгорода выросло до пяти, сообщил Гладков."
    mayor = "Число раненых при обстреле Белгорода ВСУ выросло до пяти — Шестопалов."
    assert items([post(1, governor, "tass_agency", 0), post(2, mayor, "rian_ru", 40)]) == [(1, 2)]
    # A dash inside the sentence is no teller: the two calls stay two stories.
    fidan = "Лавров и Фидан по телефону обсудили Газу — первый разговор за месяц."
    bagheri = "Лавров и Багери Кани по телефону обсудили Газу — первый разговор за месяц."
    assert items([post(1, fidan, "tass_agency", 0), post(2, bagheri, "rian_ru", 10)]) == [
        (1,),
        (2,),
    ]


BAGHERI_READOUT = (
    "О телефонном разговоре Министра иностранных дел Российской Федерации С.В.Лаврова с и.о. "
    "Министра иностранных дел Исламской Республики Иран А.Багери Кани\n\n3 июня состоялся "
    "телефонный разговор Министра иностранных дел Российской Федерации С.В.Лаврова с "
    "исполняющим обязанности Министра иностранных дел Исламской Республики Иран А.Багери "
    "Кани. Обсуждены актуальные вопросы двусторонней повестки, включая подготовку к "
    "предстоящим контактам на высшем уровне, а также ситуация на Ближнем Востоке."
)


def test_a_flash_whose_words_are_the_readouts_minutes_later_is_one_story() -> None:
    # The readout has many more words than the flash: their cosine is low, but most of the
    # flash's words are the readout's.
    flash = "Лавров и Багери Кани обсудили двустороннюю повестку."
    readout = post(1, BAGHERI_READOUT, "MID_Russia", 0)
    assert items([readout, post(2, flash, "tass_agency", 10)]) == [(1, 2)]
    assert items([readout, post(2, flash, "tass_agency", 60)]) == [(1,), (2,)]
    # The minister's other call that day: the flash names someone the readout never names.
    fidan = "Лавров и Фидан обсудили двустороннюю повестку."
    assert items([readout, post(2, fidan, "tass_agency", 10)]) == [(1,), (2,)]


def test_the_ministry_in_a_ministers_title_is_no_one_a_story_is_about() -> None:
    # "глава МИД Буркина-Фасо" is the minister the readout names: no one it never names.
    readout = (
        "О телефонном разговоре Министра иностранных дел Российской Федерации С.В.Лаврова с "
        "Министром иностранных дел Буркина-Фасо К.Ж.-М.Траоре\n\n7 июня состоялся телефонный "
        "разговор С.В.Лаврова с Министром иностранных дел, регионального сотрудничества и по "
        "делам буркинийцев за рубежом К.Ж.-М.Траоре. Обсуждены вопросы открытия посольства "
        "России в Уагадугу и поставок российского зерна."
    )
    flash = "Лавров обсудил с главой МИД Буркина-Фасо открытие посольства России в Уагадугу."
    rows = [post(1, readout, "MID_Russia", 0), post(2, flash, "tass_agency", 10)]
    assert items(rows) == [(1, 2)]
    # The minister's call with another country's stays apart.
    other = "Лавров обсудил с главой МИД Мали открытие посольства России в Бамако."
    rows = [post(1, readout, "MID_Russia", 0), post(2, other, "tass_agency", 10)]
    assert items(rows) == [(1,), (2,)]


def test_two_channels_records_of_one_briefing_are_one_story_a_clip_stays_apart() -> None:
    ministry = (
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 5 июня 2024 "
        "года\n\nОсновные темы:\n▪️ Об участии С.В.Лаврова в СМИД БРИКС в Нижнем Новгороде\n"
        "▪️ О так называемой конференции по Украине в Швейцарии\n▪️ О ситуации в секторе Газа"
    )
    spokesperson = (
        "Брифинг официального представителя МИД России М.В.Захаровой\n\nСреди тем: подготовка "
        "СМИД БРИКС в Нижнем Новгороде, «конференция» по Украине в Швейцарии, ситуация в "
        "секторе Газа."
    )
    clip = (
        "Захарова на брифинге: СМИД БРИКС в Нижнем Новгороде станет первым в расширенном "
        "составе, конференция в Швейцарии не имеет отношения к миру."
    )
    rows = [
        post(1, ministry, "MID_Russia", 0),
        post(2, spokesperson, "MariaVladimirovnaZakharova", 15),
        post(3, clip, "tass_agency", 25),
    ]
    assert items(rows) == [(1, 2), (3,)]
    # Another speaker's briefing the same hour is another briefing.
    peskov = (
        "Брифинг пресс-секретаря Президента Д.С.Пескова\n\nСреди тем: подготовка саммита "
        "БРИКС в Казани, конференция по Украине в Швейцарии, ситуация в секторе Газа."
    )
    rows = [post(1, spokesperson, "MariaVladimirovnaZakharova", 0), post(2, peskov, "rian_ru", 10)]
    assert items(rows) == [(1,), (2,)]


def test_a_documents_text_retells_only_a_story_that_names_a_document() -> None:
    """The summit's opening and the ministry's post of its declaration hours later share the
    council's long name and nothing else: two events (a blind week showed the declaration as
    a source of the opening); the agency's "signed the declaration" is the document's story."""
    opening = (
        "В Бишкеке начался саммит Организации Договора о коллективной безопасности. Садыр "
        "Жапаров открыл заседание Совета коллективной безопасности Организации Договора о "
        "коллективной безопасности в узком составе."
    )
    document = (
        "📄 Бишкекская декларация Совета коллективной безопасности Организации Договора о "
        "коллективной безопасности\n\nПолный текст: https://mid.ru/ru/foreign_policy/news/1"
    )
    signed = (
        "Лидеры ОДКБ подписали Бишкекскую декларацию Совета коллективной безопасности "
        "Организации Договора о коллективной безопасности."
    )
    rows = [post(1, opening, "kazinform_news", 0), post(3, document, "MID_Russia", 360)]
    assert items(rows) == [(1,), (3,)]
    rows = [post(2, signed, "tass_agency", 300), post(3, document, "MID_Russia", 360)]
    assert items(rows) == [(2, 3)]


# Two agencies' flashes of one event in words of their own, forty minutes apart: a cosine
# under a retelling's, but three names and words in small letters no other story of the
# window opens with ("посетил", "жилье", "восстановить").
VISIT_INTERFAX = (
    "Президент Киргизии Садыр Жапаров посетил Баткен и пообещал восстановить жилье до зимы."
)
VISIT_RIA = (
    "Жапаров посетил Баткен, встретился с семьями погибших и ранеными в больнице, заявив, что "
    "разрушенное обстрелами жилье восстановят, сообщила пресс-служба главы Киргизии."
)
WINDOW = (
    "Жители приграничных сел Баткенской области начали возвращаться домой — МЧС Киргизии.",
    "Рабочие группы Киргизии и Таджикистана по делимитации границы провели первую встречу.",
    "Генсек ОДКБ Тасмагамбетов прибыл в Бишкек для консультаций по ситуации на границе.",
    "В Белоруссии завершилось учение КСОР ОДКБ «Взаимодействие-2025».",
)


def retold(rows: list[ExportRow]) -> list[tuple[int, ...]]:
    ordered = sorted(rows, key=lambda r: r.published_at)
    return [tuple(r.id for r in i.rows) for i in fold_retellings([DigestItem(r) for r in ordered])]


def test_two_agencies_flashes_sharing_names_and_rare_words_within_an_hour_are_one() -> None:
    others = [post(10 + n, text, "kazinform_news", 5 + 30 * n) for n, text in enumerate(WINDOW)]
    interfax = post(1, VISIT_INTERFAX, "interfaxonline", 0)
    for minutes, folded in ((40, True), (90, False)):
        got = retold([interfax, post(2, VISIT_RIA, "rian_ru", minutes), *others])
        assert ((1, 2) in got) is folded, (minutes, got)
    # The same names, but no rare word of the first sentence in common: two stories.
    other_event = post(
        3, "Садыр Жапаров провел в Баткене совещание по восстановлению Киргизии.", "rian_ru", 40
    )
    assert (1,) in retold([interfax, other_event, *others])


def test_a_place_its_dateline_names_in_capitals_is_the_place_a_sentence_names() -> None:
    # Kazinform's headline says "in Almaty"; the wire's dateline "ALMATY, March 19" is read
    # as the known place: the wire names it too, so the two are not about different people.
    kazinform = (
        "EAEU heads of government approve common payment infrastructure concept in Almaty\n\n"
        "ALMATY. KAZINFORM - The Eurasian Intergovernmental Council chaired by Kazakh Prime"
        " Minister Olzhas Bektenov approved the concept of a common payment infrastructure of"
        " the Eurasian Economic Union."
    )
    wire = (
        "Russia-led trade bloc backs own payment system to bypass West\n\nALMATY, March 19"
        " (Global Wire) - Prime ministers of the Russia-led Eurasian Economic Union (EAEU)"
        " approved on Thursday a plan to build a common payment infrastructure by 2028."
    )
    rows = [post(1, kazinform, "kazinform_news", 0), post(2, wire, "globalwire", 15)]
    assert items(rows) == [(1, 2)]


def test_two_reports_giving_one_rare_figure_of_one_event_are_one_story() -> None:
    # Hours apart, each in words of its own: the figure (32 countries) and two names tell one
    # event; another figure, or the figure with one name, keeps them apart.
    tass = "Участие в саммите БРИКС в Казани подтвердили 32 страны, 24 из них — на высшем уровне."
    ria = "Помощник президента Ушаков: в Казань на саммит БРИКС приедут делегации 32 стран."
    rows = [post(1, tass, "tass_agency", 0), post(2, ria, "rian_ru", 180)]
    assert items(rows) == [(1, 2)]
    other = ria.replace("32", "17")
    assert items([post(1, tass, "tass_agency", 0), post(2, other, "rian_ru", 180)]) == [(1,), (2,)]
    alone = "Делегации 32 стран приедут в Сочи на фестиваль молодежи."
    assert items([post(1, tass, "tass_agency", 0), post(2, alone, "rian_ru", 180)]) == [(1,), (2,)]

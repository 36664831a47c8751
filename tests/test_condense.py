"""A first sentence too long for a headline, said shorter as an editor would
(archive/condense.py), and what the headline and summary then read."""

from __future__ import annotations

from tg_archiver.archive.condense import condensed
from tg_archiver.archive.summary import headline_and_summary

LIMIT = 140


def test_who_said_it_at_the_end_goes_and_a_russian_summary_says_it() -> None:
    text = (
        "Премьер-министр Японии Сигэру Исиба объявил об отставке после поражения правящей"
        " коалиции на выборах в верхнюю палату парламента, передаёт NHK."
    )
    short = condensed(text, LIMIT)
    assert short.text.endswith("в верхнюю палату парламента.")
    assert short.attribution == "передаёт NHK"
    assert headline_and_summary(None, text) == (
        "Премьер-министр Японии Сигэру Исиба объявил об отставке после поражения правящей"
        " коалиции на выборах в верхнюю палату парламента",
        "Об этом передаёт NHK.",
    )


def test_a_person_s_words_are_headed_by_the_person_not_stated_as_fact() -> None:
    # A headlines-only digest shows no summary: "Страны БРИКС не ставят задачу …" alone
    # read as a fact (an editors' review of a week's digests). Agencies head it "Лавров: …".
    text = (
        "МОСКВА, 18 окт – РИА Новости. Страны БРИКС не ставят задачу создать единую валюту,"
        " речь идет о расчетах в национальных валютах, заявил глава МИД России Сергей Лавров"
        " в интервью РИА Новости."
    )
    assert headline_and_summary(None, text) == (
        "Лавров: страны БРИКС не ставят задачу создать единую валюту, речь идет о расчетах в"
        " национальных валютах",
        "",
    )
    # A name or an abbreviation opening the words keeps its capital.
    text = (
        "Россия готова и дальше обеспечивать безопасную эксплуатацию Запорожской АЭС и открыта"
        " для сотрудничества с МАГАТЭ по всем вопросам, заявил глава Росатома Алексей Лихачев."
    )
    assert headline_and_summary(None, text)[0].startswith("Лихачев: Россия готова")
    # Said in the next sentence.
    text = (
        "МОСКВА, 15 октября. /ТАСС/. Удары по позициям миротворцев ООН в Ливане недопустимы."
        " Такое мнение высказала официальный представитель МИД РФ Мария Захарова в своем"
        " Telegram-канале."
    )
    assert headline_and_summary(None, text) == (
        "Захарова: удары по позициям миротворцев ООН в Ливане недопустимы",
        "",
    )
    # No person: who said it stays for the summary to say, as before.
    text = "Россия не получала приглашения на саммит. Об этом сообщили в МИД России."
    assert headline_and_summary(None, text) == (
        "Россия не получала приглашения на саммит",
        "Об этом сообщили в МИД России.",
    )


def test_an_english_attribution_goes_without_a_summary_of_it() -> None:
    text = (
        "Russia has lifted restrictions on imports of poultry from China, the Federal Service"
        " for Veterinary and Phytosanitary Surveillance said on Tuesday. The measure applies to"
        " all exporters."
    )
    assert headline_and_summary(None, text) == (
        "Russia has lifted restrictions on imports of poultry from China",
        "The measure applies to all exporters.",
    )
    short = condensed(
        "Russia launched its largest drone attack of the war overnight, firing 728 drones and"
        " 13 missiles at Ukraine, the Ukrainian air force said Wednesday.",
        LIMIT,
    )
    assert short.text.endswith("13 missiles at Ukraine.")


def test_a_set_up_before_who_speaks_goes_and_who_speaks_comes_first() -> None:
    text = (
        "В ответ на вопрос о том, как Москва относится к идее контингента на Украине, Захарова"
        " заявила, что любое появление военных НАТО на Украине будет означать прямое"
        " вовлечение альянса в конфликт."
    )
    head, _ = headline_and_summary(None, text)
    assert head == (
        "Захарова: любое появление военных НАТО на Украине будет означать прямое вовлечение"
        " альянса в конфликт"
    )


def test_an_institution_speaks_first_only_when_the_line_then_fits() -> None:
    notice = (
        "Генеральное консульство России в Дананге информирует, что 18 февраля в связи с"
        " празднованием Дня России консульский приём граждан проводиться не будет."
    )
    assert condensed(notice, LIMIT).text == (
        "Генеральное консульство России в Дананге: 18 февраля в связи с празднованием Дня"
        " России консульский приём граждан проводиться не будет."
    )
    head, _ = headline_and_summary(None, notice)
    assert head.startswith("Генеральное консульство России в Дананге: 18 февраля")
    longer = notice.replace("Дня России", "национального праздника страны пребывания")
    assert condensed(longer, LIMIT).text.startswith("Генеральное консульство России в Дананге")
    assert "информирует, что" in condensed(longer, LIMIT).text  # "…Дананге:" alone: a title


def test_asides_and_describing_clauses_go_while_too_long() -> None:
    text = (
        "Западные покровители Киева, поставляющие ему оружие, несут прямую ответственность за"
        " эти преступления и за гибель мирных жителей (всего 12 человек) в Курской области."
    )
    assert condensed(text, LIMIT).text == (
        "Западные покровители Киева несут прямую ответственность за эти преступления и за"
        " гибель мирных жителей в Курской области."
    )
    # A clause whose noun a pronoun after it stands for stays.
    kept = (
        "Заместитель председателя Совета безопасности России Дмитрий Медведев, комментируя"
        " решение правительства Великобритании о передаче Украине доходов от активов, назвал"
        " его «обыкновенным воровством» и пообещал «асимметричный ответ»."
    )
    assert "комментируя" in condensed(kept, LIMIT).text


def test_a_clause_left_out_leaves_the_comma_the_next_clause_needs() -> None:
    # A blind review's week: "Россия приветствует любые усилия но устойчивое урегулирование…".
    text = (
        "Лавров заявил, что Москва поддерживает все шаги, способствующие деэскалации в регионе,"
        " но не допустит давления на своих союзников в Центральной Азии и на Кавказе."
    )
    assert condensed(text, 100).text == (
        "Лавров: Москва поддерживает все шаги, но не допустит давления на своих союзников в"
        " Центральной Азии и на Кавказе."
    )


def test_a_sentence_that_fits_is_left_as_it_is() -> None:
    text = "Лавров заявил, что Россия готова к переговорам, передаёт ТАСС."
    assert condensed(text, LIMIT).text == text
    assert condensed(text, LIMIT).attribution == ""


def test_a_quotation_is_no_whole_statement_to_put_after_a_colon() -> None:
    text = (
        "Jaishankar said that «terrorism cannot be normalised, no matter who practises it and"
        " where» and called on SCO members to adopt a zero-tolerance approach in Tianjin today."
    )
    assert not condensed(text, LIMIT).text.startswith("Jaishankar:")


def test_who_speaks_is_named_by_the_person_when_titles_leave_no_room() -> None:
    sentence = (
        "Официальный представитель МИД России Мария Захарова на брифинге заявила, что Москва"
        " пока не получала приглашения на саммит G20 в США, но не станет из-за этого"
        " драматизировать ситуацию."
    )
    assert condensed(sentence, 140).text == (
        "Мария Захарова: Москва пока не получала приглашения на саммит G20 в США, но не станет"
        " из-за этого драматизировать ситуацию."
    )
    # A place that reads like a name is no speaker's name: the consulate stays whole.
    notice = (
        "Генеральное консульство России в Александрии информирует, что 7 мая (среда) в связи с"
        " проведением технических работ консульский приём граждан проводиться не будет."
    )
    assert not condensed(notice, 140).text.startswith("Александрии")


def test_a_clause_before_a_list_that_goes_on_stays() -> None:
    sentence = (
        "Глава МИД Ирана Аббас Аракчи назвал бессмысленным намерение гендиректора МАГАТЭ"
        " Рафаэля Гросси посетить иранские ядерные объекты, подвергшиеся ударам, в том числе"
        " Фордо."
    )
    # Left out, it took the list's comma and the point with it: "…объекты в том числе Фордо"
    # (the objects that were struck are why Iran refuses).
    assert "объекты, подвергшиеся ударам, в том числе Фордо" in condensed(sentence, 120).text


def test_the_speaker_named_after_where_he_spoke_is_found_and_a_name_keeps_its_capital() -> None:
    text = (
        "Россия, Китай и Пакистан внесли проект резолюции о прекращении огня. Об этом заявил на"
        " экстренном заседании СБ постпред РФ при ООН Василий Небензя."
    )
    # The summary was the attribution alone; "Россия," lost its capital after the colon.
    assert headline_and_summary(None, text) == (
        "Небензя: Россия, Китай и Пакистан внесли проект резолюции о прекращении огня",
        "",
    )
    # A person met is no speaker ("…на встрече с Сергеем Лавровым").
    met = "Стороны обсудили торговлю. Об этом сообщил на встрече с Сергеем Лавровым."
    assert headline_and_summary(None, met)[0] == "Стороны обсудили торговлю"

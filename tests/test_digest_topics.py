"""Which topic a digest files a story under, and which stories a full topic shows: by how
much each story is about it (archive.digest_topics), not by the config's order alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import export_row as row

from tg_archiver.archive.digest import DigestOptions, by_topic, compose_digest
from tg_archiver.archive.digest_items import DigestItem
from tg_archiver.archive.digest_topics import LEAD, NAMED, PASSING, TAGGED, Weights
from tg_archiver.archive.tags import TopicAliases, extract_tags

ALIASES = TopicAliases.from_mapping(
    {
        "SCO": ["#ШОС", "ШОС", "Шанхайская организация сотрудничества"],
        "CIS": ["#СНГ", "СНГ"],
        "CSTO": ["#ОДКБ", "ОДКБ"],
        "UN": ["#ООН", "ООН", "United Nations", "UN Security Council"],
        "BRICS": ["#БРИКС", "БРИКС", "BRICS"],
    }
)
SINCE = datetime(2024, 3, 4, tzinfo=UTC)
UNTIL = SINCE + timedelta(days=1)

# The CSTO ministers' statement as the ministry posted it: its own tag in the heading, the
# other organisations named (with hashtags) in its last sentence.
CSTO_STATEMENT = (
    "📄 Заявление министров иностранных дел государств – членов #ОДКБ в связи с 35-летием "
    "Договора о коллективной безопасности\n\n"
    "Министры иностранных дел Республики Беларусь, Республики Казахстан, Кыргызской "
    "Республики, Российской Федерации и Республики Таджикистан подтвердили приверженность "
    "целям и принципам Договора о коллективной безопасности и заявили о готовности совместно "
    "противостоять вызовам и угрозам.\n\n"
    "Министры призвали к укреплению сотрудничества с ООН, #СНГ и #ШОС в противодействии "
    "терроризму и наркоугрозе."
)
# An agency's rewrite: a dateline first, the subject in the first sentence after it.
TASS_REWRITE = (
    "МИНСК, 4 декабря. /ТАСС/. Главы МИД государств - членов ОДКБ приняли заявление, в котором "
    "подтвердили приверженность целям и принципам Договора о коллективной безопасности. "
    "Документ подписан по итогам заседания Совета министров иностранных дел организации в "
    "Минске.\n\nМинистры призвали к укреплению сотрудничества с ООН, СНГ и ШОС в "
    "противодействии терроризму и наркоугрозе. В заседании не приняла участие Армения."
)


def weigh(text: str, topic: str, *, title: str | None = None, tags: tuple[str, ...] = ()) -> int:
    """``topic``'s weight in a post of ``text``, tagged as the pipeline tags it, plus ``tags``
    (an entity hashtag's, a feed category's)."""
    found = tuple(t.name for t in extract_tags(f"{title or ''}\n{text}", ALIASES))
    post = row(1, text, title=title, tags=(*found, *tags))
    return Weights(ALIASES).of(DigestItem(post), topic)


def test_the_topic_of_the_heading_is_named_and_one_in_the_last_sentence_passes() -> None:
    assert weigh(CSTO_STATEMENT, "CSTO") == TAGGED  # "#ОДКБ" in its heading
    assert weigh(CSTO_STATEMENT, "SCO") == PASSING  # "#ШОС" inside a sentence is a word of it
    assert weigh(CSTO_STATEMENT, "UN") == PASSING
    assert weigh(CSTO_STATEMENT, "BRICS") == 0  # not tagged with it


def test_an_agency_dateline_does_not_hide_the_heading() -> None:
    assert weigh(TASS_REWRITE, "CSTO") == NAMED
    assert weigh(TASS_REWRITE, "SCO") == PASSING


def test_a_line_of_hashtags_is_the_authors_own_tag() -> None:
    text = "Встреча министров прошла в Минске.\nОбсуждались вопросы региона.\n\n#ОДКБ #Минск"
    assert weigh(text, "CSTO") == TAGGED


def test_a_feed_title_or_a_category_names_its_topic() -> None:
    text = "Ministers met in Astana on Tuesday to discuss transport and trade."
    assert weigh(text, "UN", title="United Nations envoy in Astana") == NAMED
    # A category (or an entity hashtag): a tag the text does not show is the author's.
    assert weigh(text, "SCO", tags=("SCO",)) == TAGGED


def test_the_lead_weighs_more_than_a_later_paragraph() -> None:
    lead = (
        "Лавров провёл переговоры с министром иностранных дел Индии в Нью-Дели. Стороны "
        "обсудили подготовку к саммиту БРИКС, а также двусторонние связи в торговле и "
        "энергетике.\n\nДругие вопросы."
    )
    assert weigh(lead, "BRICS") == LEAD
    later = lead.replace("саммиту БРИКС", "саммиту объединения") + (
        "\n\nСтороны также затронули реформу Совета Безопасности ООН."
    )
    assert weigh(later, "UN") == PASSING


def test_the_formats_two_sides_work_together_in_are_no_topic_of_their_talks() -> None:
    # A readout's closing formula lists organisations; the talks are about none of them
    # (a blind review's week: the Lavrov-Wang Yi readout under #BRICS and #UN).
    text = (
        "4 июня в Астане состоялась встреча С.В.Лаврова с Министром иностранных дел КНР Ван И. "
        "Обсуждены ход реализации договоренностей, а также координация в ШОС, БРИКС и ООН."
    )
    assert [weigh(text, t) for t in ("SCO", "BRICS", "UN")] == [0, 0, 0]
    text = (
        "Sergey Lavrov met Wang Yi in Astana. They discussed bilateral relations, as well as "
        "coordination within the SCO, BRICS and the United Nations."
    )
    assert [weigh(text, t) for t in ("SCO", "BRICS", "UN")] == [0, 0, 0]
    assert weigh("Обсуждены подготовка конференции и взаимодействие в БРИКС.", "BRICS") == 0
    # Named anywhere else, the topic is the story's as before; a heading's capital or the
    # organisation's own name ("…организация сотрудничества в Астане") is no formula.
    assert weigh(text.replace("Astana.", "Astana before the BRICS summit."), "BRICS") == NAMED
    assert weigh("Координация в БРИКС: саммит в Казани", "BRICS") == NAMED
    sco = "Шанхайская организация сотрудничества в Астане утвердила стратегию до 2035 года."
    assert weigh(sco, "SCO") == NAMED


def test_where_a_meeting_took_place_is_no_topic_of_it() -> None:
    # "On the sidelines of the UN General Assembly" says where, not what: a BRICS meeting
    # there is no UN story (an editors' review of a UN week's digests).
    text = "Лавров провёл встречу с главой МИД Индии на полях Генассамблеи ООН в Нью-Йорке."
    assert weigh(text, "UN") == PASSING
    assert weigh("Лавров выступил на Генассамблее ООН в Нью-Йорке.", "UN") == NAMED
    text = (
        "BRICS foreign ministers met in New York on the sidelines of the United Nations"
        " General Assembly."
    )
    assert (weigh(text, "BRICS"), weigh(text, "UN")) == (NAMED, PASSING)
    # Named as what they did, it is the UN's too.
    text += " They discussed the reform of the UN Security Council."
    assert weigh(text, "UN") == LEAD


def test_a_story_goes_under_the_topic_it_is_about_whatever_the_config_order() -> None:
    options = DigestOptions("d", ("SCO", "UN", "CIS", "CSTO"), aliases=ALIASES)
    item = DigestItem(row(1, CSTO_STATEMENT, tags=("CSTO", "UN", "CIS", "SCO")))
    assert list(by_topic([item], options)) == ["CSTO"]
    # Without the config's aliases every tag weighs the same: the first topic, as before.
    plain = DigestOptions("d", ("SCO", "UN", "CIS", "CSTO"))
    item_plain = DigestItem(row(1, "Talks.", tags=("CSTO", "SCO")))
    assert list(by_topic([item_plain], plain)) == ["SCO"]


def test_among_equals_the_config_order_decides() -> None:
    # Both tagged by the author on the line of tags: the digest's own order decides.
    text = "Talks with partners on trade in Astana.\n\n#БРИКС #ШОС"
    item = DigestItem(row(1, text, tags=("BRICS", "SCO")))
    assert list(by_topic([item], DigestOptions("d", ("SCO", "BRICS"), aliases=ALIASES))) == ["SCO"]
    assert list(by_topic([item], DigestOptions("d", ("BRICS", "SCO"), aliases=ALIASES))) == [
        "BRICS"
    ]


def test_among_equals_a_story_goes_where_its_event_went() -> None:
    """TASS's report of the Majlis vote, tagged #МАГАТЭ and #Иран alike in its heading, went
    under the topic the config named first while RIA's report of it (which names Iran first)
    and the wires' went under the other: one event under two topics."""
    aliases = TopicAliases.from_mapping(
        {
            "IAEA": ["#МАГАТЭ", "МАГАТЭ", "IAEA"],
            "MiddleEast": ["#Иран", "Иран", "Ирана", "Iran"],
            "CIS": ["#СНГ", "СНГ"],
        }
    )
    tass = (
        "#МАГАТЭ #Иран\n\nТЕГЕРАН, 25 июня. /ТАСС/. Меджлис (однопалатный парламент) Ирана "
        "одобрил законопроект о приостановке сотрудничества с Международным агентством по "
        "атомной энергии, передает агентство Tasnim."
    )
    ria = (
        "Парламент Ирана проголосовал за приостановку сотрудничества с МАГАТЭ\n\nТЕГЕРАН, 25 "
        "июн – РИА Новости. Парламент Ирана проголосовал за законопроект о приостановке "
        "сотрудничества с Международным агентством по атомной энергии, передает агентство Tasnim."
    )
    talks = (
        "#МАГАТЭ #СНГ\n\nГендиректор МАГАТЭ Рафаэль Гросси провел в Вене встречу с постпредами "
        "государств СНГ по вопросам ядерной безопасности."
    )
    found = [
        row(n, text, source=source, published_at=SINCE + timedelta(minutes=10 * n), tags=tags)
        for n, (text, source, tags) in enumerate(
            [
                (tass, "tass_agency", ("IAEA", "MiddleEast")),
                (ria, "rian_ru", ("IAEA", "MiddleEast")),
                (talks, "iaea_org", ("IAEA", "CIS")),
            ],
            start=1,
        )
    ]
    items = [DigestItem(r) for r in found]
    options = DigestOptions("d", ("IAEA", "CIS", "MiddleEast"), aliases=aliases)
    topics = by_topic(items, options)
    assert {t: [i.lead.id for i in its] for t, its in topics.items()} == {
        "MiddleEast": [1, 2],  # TASS's with RIA's report of the vote
        "IAEA": [3],  # a story tagged alike with no other report: the config's order
    }


def test_a_full_topic_shows_its_own_stories_before_passing_mentions() -> None:
    # Four BRICS items that name the UN in passing, reported by more sources, and the UN's
    # own story: with two slots, the UN's own story is shown.
    filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 4
    rows = []
    for n in range(4):
        rows.append(
            row(
                10 * n + 1,
                f"BRICS ministers met in New Delhi, meeting {n}.\n{filler}\n"
                "They also called for reform of the UN Security Council.",
                tags=("BRICS", "UN"),
            )
        )
        rows.append(
            row(
                10 * n + 2,
                f"BRICS ministers met in New Delhi, meeting {n}.\n{filler}\n"
                "They also called for reform of the UN Security Council.",
                tags=("BRICS", "UN"),
                source=f"agency{n}",
                duplicate_of=10 * n + 1,
            )
        )
    own = row(99, "The UN Security Council voted on the draft resolution.", tags=("UN",))
    options = DigestOptions("d", ("UN",), max_items_per_topic=2, aliases=ALIASES)
    text = "\n".join(compose_digest([*rows, own], options, since=SINCE, until=UNTIL))
    assert "<b>The UN Security Council voted on the draft resolution</b>" in text
    assert "5 stories" in text and "and 3 more" in text


def test_a_topic_lists_its_own_stories_before_those_naming_it_in_passing() -> None:
    # Not full either: the evacuation story that names the CIS in its last sentence came
    # first in time and led the CIS digest (an editors' review).
    filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 4
    text = f"Самолёт МЧС вывез 112 человек из Бейрута.\n{filler}\nСреди них граждане СНГ."
    passing = row(1, text, tags=("CIS",))
    own = row(2, "Главы МИД СНГ провели заседание в Москве.", tags=("CIS",))
    options = DigestOptions("d", ("CIS",), aliases=ALIASES)
    [message] = compose_digest([passing, own], options, since=SINCE, until=UNTIL)
    assert message.index("Главы МИД СНГ") < message.index("Самолёт МЧС")


def test_a_saved_search_weighs_least() -> None:
    # A story tagged #SCO and matched by a saved search goes under #SCO even when the
    # search is named first, as before topics were weighed.
    item = DigestItem(row(1, "Partners of the #SCO met.", tags=("SCO", "desk watch")))
    options = DigestOptions("d", ("desk watch", "SCO"), searches=("desk watch",), aliases=ALIASES)
    assert list(by_topic([item], options)) == ["SCO"]


def test_a_story_is_summed_up_by_what_it_says_of_the_topic_it_is_listed_under() -> None:
    briefing = (
        "Брифинг официального представителя МИД России М.В.Захаровой (Москва, 3 декабря)\n\n"
        "Министры рассмотрят проекты документов к сессии Совета коллективной безопасности "
        "ОДКБ.\n\nВопрос: Как вы оцениваете расширение ШОС?\n"
        "Ответ: Расширение Шанхайской организации сотрудничества идёт на основе консенсуса."
    )
    item = row(1, briefing, tags=("CSTO", "SCO"))
    for topic, said in (
        ("SCO", "Расширение Шанхайской организации сотрудничества идёт на основе консенсуса."),
        ("CSTO", "Министры рассмотрят проекты документов к сессии Совета коллективной"),
    ):
        options = DigestOptions("d", (topic,), aliases=ALIASES)
        [message] = compose_digest([item], options, since=SINCE, until=UNTIL)
        assert said in message
    # A story whose headline names the topic keeps its own summary.
    named = row(2, "Talks on #BRICS in Delhi.\nThe sides agreed on a plan.", tags=("BRICS",))
    options = DigestOptions("d", ("BRICS",), aliases=ALIASES)
    [message] = compose_digest([named], options, since=SINCE, until=UNTIL)
    assert "The sides agreed on a plan." in message


def test_the_authors_tag_beats_a_name_in_the_headline_and_the_first_named_wins_ties() -> None:
    text = (
        "BRICS foreign ministers met on the sidelines of the UN General Assembly in New York."
        "\nThey discussed the bloc's expansion."
    )
    item = DigestItem(row(1, text, tags=("BRICS", "UN")))
    aliases = TopicAliases.from_mapping(
        {"BRICS": ["BRICS", "#БРИКС"], "UN": ["UN General Assembly", "UN"]}
    )
    for order in (("UN", "BRICS"), ("BRICS", "UN")):
        assert list(by_topic([item], DigestOptions("d", order, aliases=aliases))) == ["BRICS"]
    tagged = DigestItem(
        row(2, "Lavrov spoke at the UN General Assembly on BRICS.\n\n#БРИКС", tags=("BRICS", "UN"))
    )
    options = DigestOptions("d", ("UN", "BRICS"), aliases=aliases)
    assert list(by_topic([tagged], options)) == ["BRICS"]  # named first, but tagged BRICS


def test_a_headlines_only_digest_shows_the_first_sentence_whole() -> None:
    text = (
        "Foreign Minister of Russia Sergey Lavrov had a telephone conversation with Director"
        " General of the International Atomic Energy Agency Rafael Grossi about the safety of"
        " the Zaporozhye nuclear power plant and the rotation of the agency's experts at the"
        " station. The sides agreed to stay in touch."
    )
    headlines = DigestOptions("d", ("UN",), excerpt_chars=0, aliases=ALIASES)
    [message] = compose_digest([row(1, text, tags=("UN",))], headlines, since=SINCE, until=UNTIL)
    assert "experts at the station</b>" in message and "…" not in message
    # With a summary, the cut sentence goes on in it as before.
    full = DigestOptions("d", ("UN",), aliases=ALIASES)
    [message] = compose_digest([row(1, text, tags=("UN",))], full, since=SINCE, until=UNTIL)
    assert "nuclear power plant…</b>" in message


BRIEFING = (
    "🎙 Брифинг официального представителя МИД России М.В.Захаровой, Москва, 8 октября 2025 года"
    "\n\n🔹 О ситуации на Ближнем Востоке\nРоссия приветствует любые усилия, направленные на "
    "прекращение кровопролития в секторе Газа. Урегулирование невозможно без палестинского "
    "государства.\n\n🔹 О санкциях Великобритании\nОтвет на новые британские ограничения против "
    "торговых судов будет выверенным и болезненным для Лондона.\n\n🔹 О предстоящих мероприятиях "
    "в Душанбе\n9 октября С.В.Лавров примет участие в заседании СМИД СНГ.\n\n#брифинг"
)


def test_a_briefing_under_each_of_its_topics_is_summed_up_by_its_answer_on_it() -> None:
    """Its headline lists its topics, so it names each; its summary was its first answer (Gaza)
    under every one of them (the fifth scenario week's review). The answer under a heading
    that names the topic is its paragraph, which need not name it again."""
    aliases = TopicAliases.from_mapping(
        {
            "Sanctions": ["#санкции", "санкции", "санкций"],
            "MiddleEast": ["Ближний Восток", "Ближнем Востоке", "Газа"],
            "CIS": ["#СНГ", "СНГ"],
        }
    )
    item = row(1, BRIEFING, tags=("Sanctions", "MiddleEast", "CIS"))
    for topic, answer in (
        ("Sanctions", "Ответ на новые британские ограничения против торговых судов"),
        ("MiddleEast", "Россия приветствует любые усилия"),
        ("CIS", "9 октября С.В.Лавров примет участие в заседании СМИД СНГ"),
    ):
        options = DigestOptions("d", (topic,), aliases=aliases)
        [message] = compose_digest([item], options, since=SINCE, until=UNTIL)
        summary = message.split("\n")[-2]
        assert summary.startswith(answer), (topic, summary)

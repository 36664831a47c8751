"""One story told in Russian and in English by two sources: one item of a digest, the other
language listed as one more source (archive/digest_translations.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import export_row

from tg_archiver.archive.digest import DigestOptions, compose_digest
from tg_archiver.archive.digest_items import DigestItem, group_items
from tg_archiver.archive.digest_translations import anchors, fold_translations, skeleton
from tg_archiver.archive.export import ExportRow

T0 = datetime(2024, 10, 17, 9, 0, tzinfo=UTC)

MEETING_RU = (
    "🇷🇺🇰🇿 17 октября в Москве на полях заседания Совета глав государств СНГ С.В.Лавров "
    "провёл встречу с Заместителем Премьер-министра – Министром иностранных дел Казахстана "
    "М.Б.Нуртлеу.\n\nОбсуждены подготовка к контактам на высшем уровне и взаимодействие в "
    "рамках СНГ, ШОС и ЕАЭС."
)
MEETING_EN = (
    "🇷🇺🇰🇿 On October 17, on the sidelines of the CIS Council of Heads of State meeting in "
    "Moscow, Sergey Lavrov met with Deputy Prime Minister – Foreign Minister of Kazakhstan "
    "Murat Nurtleu.\n\nThe ministers discussed preparations for top-level contacts and "
    "cooperation within the CIS, the SCO and the EAEU."
)
CALL_RU = (
    "☎️ 17 октября состоялся телефонный разговор С.В.Лаврова с Министром иностранных дел "
    "Армении А.С.Мирзояном. Обсуждены нормализация отношений между Баку и Ереваном и "
    "подготовка мирного договора."
)
CALL_EN = (
    "☎️ On October 17, Sergey Lavrov had a telephone conversation with Foreign Minister of "
    "Armenia Ararat Mirzoyan. They discussed the normalisation of relations between Baku and "
    "Yerevan and the preparation of a peace treaty."
)


def post(n: int, text: str, source: str, minutes: int, **changes: object) -> ExportRow:
    return export_row(
        n,
        text,
        source=source,
        source_title={"mid": "МИД России", "mfa": "MFA Russia", "tass": "ТАСС"}[source],
        url=f"https://t.me/{source}/{n}",
        published_at=T0 + timedelta(minutes=minutes),
        tags=("CIS",),
        **changes,
    )


def leads_and_sources(rows: list[ExportRow]) -> list[tuple[int, ...]]:
    return [tuple(r.id for r in item.rows) for item in group_items(rows)]


def test_a_readout_and_its_translation_are_one_story_led_by_the_earlier() -> None:
    rows = [post(1, MEETING_RU, "mid", 0), post(2, MEETING_EN, "mfa", 20)]
    assert leads_and_sources(rows) == [(1, 2)]
    [message] = compose_digest(
        rows, DigestOptions("d", ("CIS",)), since=T0, until=T0 + timedelta(days=1)
    )
    assert "1 story from 2 posts" in message
    assert '+1 source: <a href="https://t.me/mfa/2">MFA Russia</a>' in message


def test_each_story_goes_with_its_own_translation() -> None:
    # Two readouts of one day name the same minister; each folds with the one that also
    # names its counterpart, its date and its subject.
    rows = [
        post(1, MEETING_RU, "mid", 0),
        post(2, CALL_RU, "mid", 5),
        post(3, CALL_EN, "mfa", 25),
        post(4, MEETING_EN, "mfa", 30),
    ]
    assert leads_and_sources(rows) == [(1, 4), (2, 3)]


def test_what_is_no_translation_stays_apart() -> None:
    # One language: an agency's rewrite is no translation (archive.digest_retellings folds it).
    tass = MEETING_RU.replace("🇷🇺🇰🇿 17 октября в Москве", "МОСКВА, 17 октября. /ТАСС/. В Москве")
    rewrite = [DigestItem(post(1, MEETING_RU, "mid", 0)), DigestItem(post(2, tass, "tass", 10))]
    assert fold_translations(rewrite) == rewrite
    # One source posting both languages: two posts of its own, both shown as it posted them.
    assert leads_and_sources([post(1, MEETING_RU, "mid", 0), post(2, MEETING_EN, "mid", 10)]) == [
        (1,),
        (2,),
    ]
    # More than six hours apart.
    assert leads_and_sources([post(1, MEETING_RU, "mid", 0), post(2, MEETING_EN, "mfa", 400)]) == [
        (1,),
        (2,),
    ]
    # An announcement and the event it announced.
    visit = (
        "Sergey Lavrov will meet with Deputy Prime Minister – Foreign Minister of Kazakhstan"
        " Murat Nurtleu on October 17 in Moscow on the sidelines of the CIS summit."
    )
    assert leads_and_sources([post(1, MEETING_RU, "mid", 0), post(2, visit, "mfa", 20)]) == [
        (1,),
        (2,),
    ]


def test_a_flash_with_two_names_is_no_translation_of_a_story_of_its_place() -> None:
    flash = "⚡️Мишустин прибыл в Исламабад для участия в заседании Совета глав правительств ШОС."
    wire = (
        "Pakistan deployed thousands of troops and declared a three-day holiday in Islamabad"
        " as it prepared to host heads of government of the SCO."
    )
    assert leads_and_sources([post(1, flash, "tass", 0), post(2, wire, "mfa", 60)]) == [
        (1,),
        (2,),
    ]


def test_a_datelines_date_and_agency_are_no_anchors_of_the_story() -> None:
    # The dateline's date is the reader's furniture, not the story's: counted, it was one
    # anchor of nine the translation could not share (score 0.48 with it, 0.53 without).
    tass = (
        "МОСКВА, 15 июля. /ТАСС/. Глава МИД России Сергей Лавров и президент Сербии Александр"
        " Вучич обсудили по телефону ситуацию в Косово."
    )
    mfa = (
        "Foreign Minister Sergey Lavrov and President of Serbia Aleksandar Vucic discussed the"
        " situation in Kosovo by phone."
    )
    # In a window of the day's other readouts (two stories alone say little of any name).
    day = [post(3, MEETING_RU, "mid", 5), post(4, MEETING_EN, "mfa", 35)]
    rows = [post(1, tass, "tass", 0), day[0], post(2, mfa, "mfa", 30), day[1]]
    assert leads_and_sources(rows) == [(1, 2), (3, 4)]


# Session 35: names a translation translates ("МИД России", "Russian Foreign Ministry"),
# dates and ordinals as anchors, and the quoted speaker's veto.
WANG_RU = (
    "🇷🇺🇨🇳 2 декабря в Нью-Дели на полях встречи министров иностранных дел БРИКС С.В.Лавров"
    " провёл переговоры с Министром иностранных дел КНР Ван И. Обсуждены подготовка визита в"
    " Пекин и взаимодействие в ШОС и ООН."
)
WANG_EN = (
    "🇷🇺🇨🇳 On December 2, in New Delhi, on the sidelines of the BRICS Foreign Ministers' Meeting,"
    " Sergey Lavrov held talks with Foreign Minister of China Wang Yi. The ministers discussed"
    " preparations for a visit to Beijing and cooperation within the SCO and the UN."
)
GREETING_RU = (
    "🎉 14 ноября С.В.Лавров направил поздравление Министру иностранных дел {country_ru}"
    " {minister_ru} по случаю Национального дня."
)
GREETING_EN = (
    "🎉 On November 14, Sergey Lavrov sent a message of greetings to Minister of Foreign"
    " Affairs of {country_en} {minister_en} on the occasion of the National Day."
)


def test_a_readout_whose_places_and_names_are_translated_folds_with_its_translation() -> None:
    # КНР/China, Нью-Дели/New Delhi, Пекин/Beijing, "2 декабря"/"December 2", Ван/Wang: before,
    # only Лавров, БРИКС, ШОС and ООН met (score 0.24; 0.79 now): the readout was shown twice.
    rows = [post(1, WANG_RU, "mid", 0), post(2, WANG_EN, "mfa", 25)]
    assert leads_and_sources(rows) == [(1, 2)]


def test_an_agencys_flash_and_a_wires_report_of_one_vote_fold() -> None:
    tass = (
        "МОСКВА, 1 декабря. /ТАСС/. Россия сожалеет, что США заблокировали в Совбезе ООН проект"
        " резолюции о гуманитарной паузе в Газе, заявили в МИД России."
    )
    wire = (
        "The United States vetoed a draft UN Security Council resolution on a humanitarian pause"
        " in Gaza, and Russia regrets it, the Russian Foreign Ministry said."
    )
    assert leads_and_sources([post(1, tass, "tass", 0), post(2, wire, "mfa", 40)]) == [(1, 2)]


def test_one_template_for_two_countries_folds_each_with_its_own_translation() -> None:
    thai = {
        "country_ru": "Королевства Таиланд", "minister_ru": "М.Сангиампонгсе",
        "country_en": "the Kingdom of Thailand", "minister_en": "Maris Sangiampongsa",
    }  # fmt: skip
    laos = {
        "country_ru": "Лаосской Народно-Демократической Республики",
        "minister_ru": "Т.Пхомвихан",
        "country_en": "the Lao People's Democratic Republic",
        "minister_en": "Thongsavanh Phomvihane",
    }
    # The day's other readouts, as in a digest's window: Lavrov and the date in every one.
    day = [
        post(5, MEETING_RU, "mid", 3),
        post(6, CALL_RU, "mid", 4),
        post(7, MEETING_EN, "mfa", 30),
        post(8, CALL_EN, "mfa", 31),
    ]
    rows = [
        post(1, GREETING_RU.format(**thai), "mid", 0),
        post(2, GREETING_RU.format(**laos), "mid", 2),
        *day[:2],
        post(3, GREETING_EN.format(**laos), "mfa", 20),
        post(4, GREETING_EN.format(**thai), "mfa", 22),
        *day[2:],
    ]
    assert leads_and_sources(rows) == [(1, 4), (2, 3), (5, 7), (6, 8)]
    # The other country's alone in the other language: two greetings, two items.
    assert leads_and_sources([rows[0], *day[:2], rows[4], *day[2:]]) == [
        (1,),
        (5, 7),
        (6, 8),
        (3,),
    ]


def test_two_statements_of_one_day_on_one_subject_stay_two_items() -> None:
    # They share the EU, the 18th package and Russia, but one is Zakharova's and the other
    # Kallas's: a quoted speaker the other language does not name is another statement.
    zakharova = (
        "Захарова: ЕС три года вооружал Киев и срывал переговоры, а теперь готовит 18-й пакет"
        " санкций против России, который предлагает Каллас."
    )
    kallas = (
        "EU preparing 18th sanctions package against Russia – Kallas\nThe bloc's foreign policy"
        " chief Kaja Kallas said the package would target Russia's energy revenues."
    )
    assert leads_and_sources([post(1, zakharova, "mid", 0), post(2, kallas, "mfa", 60)]) == [
        (1,),
        (2,),
    ]
    lavrov = (
        "⚡️Лавров и Аракчи провели переговоры в Москве, обсудили ирано-американские консультации"
        " по ядерной программе Ирана и ситуацию вокруг Тегерана."
    )
    araghchi = (
        "Iran will not give up enrichment under any circumstances, Araghchi said in Moscow after"
        " talks on the Iran-US consultations on Tehran's nuclear programme – Araghchi"
    )
    assert leads_and_sources([post(1, lavrov, "tass", 0), post(2, araghchi, "mfa", 60)]) == [
        (1,),
        (2,),
    ]


CONDOLENCES_RU = (
    "МИД России выражает соболезнования в связи с гибелью людей в результате {what_ru}\n\n"
    "Глубоко скорбим в связи с многочисленными жертвами {where_ru}. Передаем искренние"
    " соболезнования родным и близким погибших и желаем скорейшего выздоровления пострадавшим."
)
CONDOLENCES_EN = (
    "The Russian Foreign Ministry expresses condolences over the loss of life in {what_en}\n\n"
    "We are deeply saddened by the numerous casualties {where_en}. We convey our sincere"
    " condolences to the families and friends of the victims and wish a speedy recovery to the"
    " injured."
)


def test_a_places_words_russian_writes_small_are_no_names_of_it() -> None:
    # "Niger River", "Federal Republic": "реке Нигер", "Федеративной Республики" are the
    # same place; one template for two disasters still folds each with its own translation.
    nigeria = {
        "what_ru": "крушения судна в Нигерии",
        "where_ru": "крушения пассажирского судна на реке Нигер в штате Нигер Федеративной"
        " Республики Нигерия",
        "what_en": "a boat accident in Nigeria",
        "where_en": "in the capsizing of a passenger boat on the Niger River in Niger State,"
        " Federal Republic of Nigeria",
    }
    indonesia = {
        "what_ru": "оползня в Индонезии",
        "where_ru": "оползня на острове Сулавеси в Республике Индонезия",
        "what_en": "a landslide in Indonesia",
        "where_en": "of the landslide on the island of Sulawesi, Republic of Indonesia",
    }
    rows = [
        post(1, CONDOLENCES_RU.format(**nigeria), "mid", 0),
        post(2, CONDOLENCES_RU.format(**indonesia), "mid", 45),
        post(3, CONDOLENCES_EN.format(**nigeria), "mfa", 40),
        post(4, CONDOLENCES_EN.format(**indonesia), "mfa", 80),
    ]
    assert leads_and_sources(rows) == [(1, 3), (2, 4)]


def test_names_spelt_by_their_sound_in_either_language_share_a_skeleton() -> None:
    # "ье" is said "ye" (Вьетнам, Vietnam); a French "ou" is "у" (Ouagadougou, Уагадугу).
    for russian, latin in (
        ("вьетнама", "Vietnam"),
        ("вьентьяне", "Vientiane"),
        ("уагадугу", "Ouagadougou"),
        ("бурита", "Bourita"),
        ("юсуф", "Youssouf"),
        ("ереван", "Yerevan"),
    ):
        assert skeleton(russian) == skeleton(latin.lower()), (russian, latin)
    assert skeleton("москва") == skeleton("moscow")
    assert skeleton("вена") != skeleton("vientiane")


def test_a_russian_adjective_in_small_letters_counts_when_the_other_names_the_country() -> None:
    # "сирийское Минобороны" and "Syria's Aleppo": with Israel and Aleppo, three anchors.
    russian = (
        "Израиль нанес авиаудар по окрестностям Алеппо, есть погибшие, сообщило сирийское"
        " Минобороны."
    )
    english = (
        "Israeli strike near Syria's Aleppo kills several, state media says\n\nAn Israeli air"
        " strike on sites near Syria's Aleppo killed several people late on Monday, state"
        " media said."
    )
    assert leads_and_sources([post(1, russian, "tass", 0), post(2, english, "mfa", 40)]) == [(1, 2)]
    # Alone, the adjective is no anchor of its story: nothing to share with a story of
    # another country.
    assert "=syria" not in anchors(None, russian).names


def test_a_speech_verb_names_its_speaker_only_after_what_was_said() -> None:
    assert anchors(None, "Lavrov says Swiss peace summit has no prospects").speakers == set()
    assert anchors(None, "Швейцария заявила, что саммит пройдет, сообщил Лавров.").speakers == {
        skeleton("лавров")
    }
    said = anchors(None, '"The summit has no prospects," said Lavrov in Astana.')
    assert said.speakers == {skeleton("lavrov")}


def test_a_name_after_a_dash_is_quoted_only_at_its_lines_end() -> None:
    # "Россия – Африка" is a conference; "… against Russia – Kallas" a quote's speaker.
    conference = anchors(None, "Обсуждена подготовка конференции Россия – Африка в Каире.")
    assert conference.speakers == set()
    quote = anchors(None, "EU preparing 18th sanctions package – Kallas\nThe bloc's chief …")
    assert quote.speakers == {skeleton("kallas")}


CONGO_RU = (
    "О переговорах Министра иностранных дел Российской Федерации С.В.Лаврова с Министром "
    "иностранных дел Республики Конго Ж.-К.Гакосо\n\n6 июня в Москве состоялись переговоры "
    "С.В.Лаврова с Министром иностранных дел Республики Конго Ж.-К.Гакосо. Стороны обсудили "
    "подготовку первой министерской конференции форума партнерства Россия – Африка."
)
CONGO_EN = (
    "Sergey Lavrov's talks with Minister of Foreign Affairs of the Republic of the Congo "
    "Jean-Claude Gakosso\n\nOn June 6, Sergey Lavrov held talks in Moscow with Minister of "
    "Foreign Affairs of the Republic of the Congo Jean-Claude Gakosso. The parties discussed "
    "preparations for the first ministerial conference of the Russia-Africa Partnership Forum."
)


def test_a_name_read_as_quoted_counts_as_named_by_a_first_word_of_the_others_name() -> None:
    # "… партнерства Россия – Африка." ends its sentence after a dash: read as a quote's
    # speaker, which the English "Russia-Africa Partnership Forum" names (as a first word
    # of two): one readout in two languages (session 38: mfa_week's Congo talks).
    assert anchors(None, CONGO_RU).speakers == {skeleton("африка")}
    rows = [post(1, CONGO_RU, "mid", 0), post(2, CONGO_EN, "mfa", 40)]
    assert leads_and_sources(rows) == [(1, 2)]


def test_the_houthis_and_the_red_sea_are_translated_names() -> None:
    # "Houthi" and "хуситов": a "th" Russian writes "с", which no skeleton reaches; "Red Sea"
    # and "Красное море" are translated (session 38: mfa_week's strikes on the Houthis).
    strikes_en = (
        "US forces strike Houthi radar sites in Yemen, Central Command says\n\nWASHINGTON, "
        "June 8 - U.S. forces destroyed Houthi radar sites and drones in Yemen over the past "
        "24 hours, as the group continued attacks on shipping in the Red Sea."
    )
    strikes_ru = "США нанесли удары по радарам хуситов в Йемене."
    assert {"=houthi", "=redsea"} <= anchors(None, strikes_en).names
    assert "=houthi" in anchors(None, strikes_ru).small  # in small letters: when the other has it
    assert "=redsea" in anchors(None, "Хуситы атаковали танкер в Красном море.").names
    # Among the day's other stories, which weigh the names they share as common.
    others = [
        "Israel says it rescued four hostages in Nuseirat raid in Gaza.",
        "Израиль заявил об освобождении четырех заложников в Нусейрате.",
        "Iran approves six candidates for June 28 presidential election.",
        "В Иране одобрили шесть кандидатов на президентских выборах.",
    ]
    rows = [
        post(1, strikes_en, "mfa", 0),
        post(2, strikes_ru, "tass", 25),
        *(post(10 + n, text, "mid", 60 + n) for n, text in enumerate(others)),
    ]
    assert leads_and_sources(rows)[0] == (1, 2)


def test_a_russian_sentences_first_word_is_a_name_when_the_dictionary_says_so() -> None:
    # A person's name or a word the dictionary does not know opens a flash ("Хезболлах
    # заявила …", "Небензя в СБ ООН …"), which English writes inside its sentence.
    assert skeleton("хезболлах") in anchors(None, "Хезболлах заявила об атаке на судно.").names
    assert skeleton("небензя") in anchors(None, "Небензя в СБ ООН: поставки оружия.").names
    # A common word opening a sentence is none.
    assert anchors(None, "Правительство одобрило заявку.").names == frozenset()


def test_a_hyphenated_names_parts_are_each_a_name() -> None:
    # "Буркина-Фасо", "Эль-Фашер": English writes two words ("Burkina Faso", "El Fasher").
    names = anchors(None, "Министр иностранных дел Буркина-Фасо прибыл в Эль-Фашер.").names
    assert {skeleton("burkina"), skeleton("faso"), skeleton("fasher")} <= names


def test_a_bodys_acronym_after_a_dash_is_no_speaker() -> None:
    # "— ЦИК": the election commission, which English spells out ("Election Commission").
    flash = anchors(None, "Дисанаяке лидирует на выборах президента Шри-Ланки — ЦИК")
    assert flash.speakers == set()
    assert anchors(None, "Sanctions will hit energy revenues – Kallas").speakers == {
        skeleton("kallas")
    }


def test_a_media_sign_off_is_no_name() -> None:
    assert anchors(None, "Число погибших выросло до 16 — СМИ").names == {"#16"}


def test_an_english_ai_and_i_read_alike() -> None:
    # "Biden" is said "Байден"; "Thailand" "Таиланд".
    assert skeleton("байденом") == skeleton("biden")
    assert skeleton("таиланда") == skeleton("thailand")


def test_an_english_first_name_counts_only_when_the_other_names_it() -> None:
    # "Sergey Lavrov" where Russian writes "С.В.Лавров": the first name is no anchor of its
    # own, but one when the other language writes it too ("Максим Рыженков").
    found = anchors(None, "On June 7, Sergey Lavrov had talks with Maxim Ryzhenkov in Minsk.")
    assert skeleton("sergey") not in found.names
    assert {skeleton("sergey"), skeleton("maxim")} <= found.small
    assert {skeleton("lavrov"), skeleton("ryzhenkov")} <= found.names


def test_an_agencys_rubric_in_capitals_is_no_name_nor_anyone_quoted() -> None:
    # Session 49: "ОБНОВЛЕНО:" read as a speaker quoted ("Захарова: …") kept an agency's
    # update apart from every report of its event that did not name "ОБНОВЛЕНО".
    found = anchors(None, "ОБНОВЛЕНО: Объем разлива мазута у побережья Дагестана — 200 т")
    assert found.names == {"dage", "#200"} and not found.speakers
    assert not anchors(None, "ИСПРАВЛЕНИЕ: Танкер перевозил 4,3 тыс. т мазута").speakers
    assert "update" not in " ".join(anchors(None, "UPDATE 2-Caspian spill grows").names)
    # An abbreviation in capitals is still a name, and a person quoted is still quoted.
    assert "=csto" in anchors(None, "ОДКБ: учения начнутся в понедельник").names
    assert anchors(None, "ЗАХАРОВА: ЕС продолжает эскалацию").speakers

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import pytest

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.tags import Tag, TopicAliases, extract_hashtags, extract_tags, tag_key

TOPICS = {
    "HCF": ["#ГСС", "Harbour Cooperation Forum", "Harbor Cooperation Forum"],
    "Tidewater": ["#TidewaterCouncil", "Tidewater Council"],
    "Lighthouses": [],
}


@pytest.fixture
def aliases() -> TopicAliases:
    return TopicAliases.from_mapping(TOPICS)


# extract_hashtags


def test_latin_hashtag_is_found() -> None:
    assert extract_hashtags("Support #OpenSeasForAll today") == ["OpenSeasForAll"]


def test_cyrillic_hashtag_is_found() -> None:
    assert extract_hashtags("Саммит #ГСС прошёл") == ["ГСС"]


def test_cjk_hashtag_is_found() -> None:
    assert extract_hashtags("港口 #港口合作 新闻") == ["港口合作"]


def test_hashtag_with_combining_marks_is_found_whole() -> None:
    assert extract_hashtags("#भारत news") == ["भारत"]


def test_hashtag_may_contain_digits_and_underscores() -> None:
    assert extract_hashtags("#Summit_2024 and #G20") == ["Summit_2024", "G20"]


def test_hashtag_of_digits_only_is_not_a_hashtag() -> None:
    assert extract_hashtags("Issue #2024 and #1") == []


def test_hashtag_at_text_start_is_found() -> None:
    assert extract_hashtags("#HCF") == ["HCF"]


def test_hashtag_ends_at_punctuation() -> None:
    assert extract_hashtags("(#HCF), #CIS. #UN's #EAEU!") == ["HCF", "CIS", "UN", "EAEU"]


def test_hashtag_after_emoji_is_found() -> None:
    assert extract_hashtags("🛡#OTD and 🇳🇴#Fjords") == ["OTD", "Fjords"]


def test_hash_glued_to_a_word_is_not_a_hashtag() -> None:
    assert extract_hashtags("I write C# and a#b daily") == []


def test_url_fragment_is_not_a_hashtag() -> None:
    assert extract_hashtags("https://x.org/page#section") == []


def test_url_fragment_after_slash_is_not_a_hashtag() -> None:
    assert extract_hashtags("see https://x.org/#section and x.org/docs/#intro") == []


def test_html_entity_is_not_a_hashtag() -> None:
    assert extract_hashtags("it&#x27;s fine") == []


def test_lone_hash_is_not_a_hashtag() -> None:
    assert extract_hashtags("# heading and # 5") == []


def test_hashtags_are_in_order_of_first_appearance() -> None:
    assert extract_hashtags("#b #a #c #a") == ["b", "a", "c"]


def test_hashtags_deduplicate_case_insensitively_keeping_first_spelling() -> None:
    assert extract_hashtags("#HCF then #hcf and #Hcf") == ["HCF"]
    assert extract_hashtags("#ГСС #гсс") == ["ГСС"]


def test_text_without_hashtags_gives_none() -> None:
    assert extract_hashtags("") == []
    assert extract_hashtags("no tags here") == []


# tag_key


def test_tag_key_ignores_case_and_leading_hash() -> None:
    assert tag_key("#HCF") == tag_key("hcf") == tag_key(" Hcf ") == "hcf"


def test_tag_key_casefolds_cyrillic() -> None:
    assert tag_key("#ГСС") == tag_key("гсс")


def test_tag_key_is_nfc() -> None:
    assert tag_key("Cafe\u0301") == tag_key("CAF\u00c9") == "caf\u00e9"


def test_tag_key_uses_full_casefold() -> None:
    assert tag_key("Straße") == tag_key("STRASSE")


# TopicAliases


def test_topic_aliases_are_frozen(aliases: TopicAliases) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        aliases.topics = ()  # type: ignore[misc]


def test_canonical_name_is_a_hashtag_alias(aliases: TopicAliases) -> None:
    assert aliases.topic_for_hashtag("#HCF") == "HCF"
    assert aliases.topic_for_hashtag("hcf") == "HCF"


def test_hashtag_alias_maps_case_insensitively(aliases: TopicAliases) -> None:
    assert aliases.topic_for_hashtag("#гсс") == "HCF"
    assert aliases.topic_for_hashtag("tidewatercouncil") == "Tidewater"


def test_unknown_hashtag_maps_to_no_topic(aliases: TopicAliases) -> None:
    assert aliases.topic_for_hashtag("#Fjords") is None


def test_phrase_alias_is_not_a_hashtag_alias(aliases: TopicAliases) -> None:
    assert aliases.topic_for_hashtag("#HarbourCooperationForum") is None


def test_topic_name_with_hash_is_stored_without_it() -> None:
    assert TopicAliases.from_mapping({"#HCF": []}).topics == ("HCF",)


def test_empty_mapping_gives_no_topics() -> None:
    empty = TopicAliases.from_mapping({})
    assert empty.topics == ()
    assert extract_tags("Harbour Cooperation Forum #HCF", empty) == [Tag("HCF", "hashtag")]


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"": ["#x"]}, "topics."),
        ({"  ": ["#x"]}, "topics."),
        ({"HCF": "#ГСС"}, "topics.HCF must be a list"),
        ({"HCF": None}, "topics.HCF must be a list"),
        ({"HCF": [""]}, "topics.HCF"),
        ({"HCF": ["  "]}, "topics.HCF"),
        ({"HCF": [42]}, "topics.HCF"),
        ({"HCF": ["#"]}, "topics.HCF"),
        ({"HCF": ["#two words"]}, "topics.HCF"),
        ({"HCF": ["#2024"]}, "topics.HCF"),
        ({"HCF": ["#Forum"], "Other": ["#forum"]}, "topics.Other"),
        ({"HCF": ["Harbour Forum"], "Other": ["harbour  FORUM"]}, "topics.Other"),
        ({"HCF": [], "hcf": []}, "topics.hcf"),
        ({"HCF": [], "Other": ["#HCF"]}, "topics.Other"),
        ({"HCF": ["word " * 50]}, "topics.HCF"),
    ],
)
def test_bad_topics_config_raises_input_error_naming_the_key(
    mapping: dict[Any, Any], message: str
) -> None:
    with pytest.raises(InputError, match=message.replace(".", r"\.")):
        TopicAliases.from_mapping(mapping)


def test_non_mapping_topics_config_raises_input_error() -> None:
    with pytest.raises(InputError, match="topics"):
        TopicAliases.from_mapping(["HCF"])  # type: ignore[arg-type]


def test_same_alias_twice_in_one_topic_is_accepted() -> None:
    aliases = TopicAliases.from_mapping({"HCF": ["#ГСС", "#гсс", "#HCF"]})
    assert aliases.topic_for_hashtag("ГСС") == "HCF"


# extract_tags


def test_hashtag_is_mapped_to_its_topic(aliases: TopicAliases) -> None:
    assert extract_tags("Саммит #ГСС", aliases) == [Tag("HCF", "hashtag")]


def test_canonical_hashtag_in_any_case_gives_canonical_name(aliases: TopicAliases) -> None:
    assert extract_tags("#hcf", aliases) == [Tag("HCF", "hashtag")]


def test_hashtag_without_topic_keeps_its_first_spelling(aliases: TopicAliases) -> None:
    assert extract_tags("#Fjords and #FJORDS", aliases) == [Tag("Fjords", "hashtag")]


def test_phrase_gives_a_rule_tag(aliases: TopicAliases) -> None:
    text = "The Harbour Cooperation Forum met today."
    assert extract_tags(text, aliases) == [Tag("HCF", "rule")]


def test_phrase_matches_case_insensitively(aliases: TopicAliases) -> None:
    assert extract_tags("the HARBOR cooperation forum", aliases) == [Tag("HCF", "rule")]


def test_phrase_matches_across_any_whitespace(aliases: TopicAliases) -> None:
    text = "the Harbour\nCooperation \t Forum"
    assert extract_tags(text, aliases) == [Tag("HCF", "rule")]


def test_phrase_matches_only_on_word_boundaries() -> None:
    aliases = TopicAliases.from_mapping({"Sea": ["sea"]})
    assert extract_tags("seaside overseas seas", aliases) == []
    assert extract_tags("the sea, calm", aliases) == [Tag("Sea", "rule")]


def test_longer_phrase_wins_at_the_same_offset() -> None:
    aliases = TopicAliases.from_mapping(
        {"Tidewater": ["Tidewater Council"], "Water": ["Tidewater"]}
    )
    assert extract_tags("the Tidewater Council", aliases) == [Tag("Tidewater", "rule")]
    assert extract_tags("the Tidewater coast", aliases) == [Tag("Water", "rule")]


def test_a_short_abbreviation_matches_only_in_capitals() -> None:
    # A blind review's week: "Kim Jong Un was joined on the rostrum" was filed under #UN.
    aliases = TopicAliases.from_mapping({"UN": ["UN", "ООН"], "WHO": ["WHO"], "US": ["US"]})
    assert extract_tags("Kim Jong Un was joined on the rostrum", aliases) == []
    assert extract_tags("the un said; who knows; join us", aliases) == []
    assert extract_tags("Kim Jong Un told the UN", aliases) == [Tag("UN", "rule")]
    assert extract_tags("WHO and US officials", aliases) == [
        Tag("WHO", "rule"),
        Tag("US", "rule"),
    ]
    assert extract_tags("Генсек ООН", aliases) == [Tag("UN", "rule")]
    assert extract_tags("UNESCO, UN-Habitat's", aliases) == [Tag("UN", "rule")]  # "UN-"


def test_a_longer_abbreviation_and_a_phrase_with_one_match_in_any_case() -> None:
    aliases = TopicAliases.from_mapping(
        {"NATO": ["NATO"], "UNSC": ["UN Security Council"], "UN": ["UN"]}
    )
    assert extract_tags("Nato allies", aliases) == [Tag("NATO", "rule")]
    # The longer phrase still wins over the abbreviation it opens with.
    assert extract_tags("the UN Security Council", aliases) == [Tag("UNSC", "rule")]
    assert extract_tags("the Un security council", aliases) == [Tag("UNSC", "rule")]
    assert extract_tags("the UN Secretariat", aliases) == [Tag("UN", "rule")]


def test_an_abbreviation_alias_is_no_declined_phrase() -> None:
    aliases = TopicAliases.from_mapping({"SCO": ["ШОС"]})
    assert extract_tags("саммит ШОС", aliases) == [Tag("SCO", "rule")]
    assert extract_tags("шос", aliases) == []


def test_phrase_with_regex_characters_is_matched_literally() -> None:
    aliases = TopicAliases.from_mapping({"Plus": ["C++ (new)"], "Dot": ["U.S."]})
    assert extract_tags("we use C++ (new) in U.S. ports; USA too", aliases) == [
        Tag("Plus", "rule"),
        Tag("Dot", "rule"),
    ]


RUSSIAN_TOPICS = {
    "SCO": ["Шанхайская организация сотрудничества"],
    "CSTO": ["Организация Договора о коллективной безопасности"],
    "UN": ["Организация Объединённых Наций", "Совет Безопасности ООН"],
    "EAEU": ["Евразийский экономический союз"],
}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("саммит Шанхайской организации сотрудничества в Тяньцзине", "SCO"),
        ("вступить в Шанхайскую организацию сотрудничества", "SCO"),
        ("министры Организации Договора о коллективной безопасности", "CSTO"),
        ("в рамках Организации Объединенных Наций", "UN"),  # е for ё, as texts write it
        ("заседание Совета Безопасности ООН", "UN"),
        ("обратились к Совету Безопасности ООН", "UN"),
        ("торговля с Евразийским экономическим союзом", "EAEU"),
        ("в Евразийском экономическом союзе", "EAEU"),
    ],
)
def test_a_russian_phrase_alias_is_found_in_every_case(text: str, topic: str) -> None:
    # The config names a topic in the nominative; a post writes it as its sentence needs.
    aliases = TopicAliases.from_mapping(RUSSIAN_TOPICS)
    assert extract_tags(text, aliases) == [Tag(topic, "rule")]


def test_only_the_head_of_a_russian_phrase_is_declined() -> None:
    # The complement keeps its own case: "организации сотрудничеству" is no form of it.
    aliases = TopicAliases.from_mapping(RUSSIAN_TOPICS)
    assert extract_tags("Шанхайской организации сотрудничеству", aliases) == []
    assert extract_tags("Шанхайская организация", aliases) == []


def test_case_forms_travel_to_another_process() -> None:
    aliases = pickle.loads(pickle.dumps(TopicAliases.from_mapping(RUSSIAN_TOPICS)))
    found = extract_tags("саммите Шанхайской организации сотрудничества", aliases)
    assert found == [Tag("SCO", "rule")]
    again = pickle.loads(pickle.dumps(aliases))  # compiled already: the pattern travels
    assert extract_tags("саммите Шанхайской организации сотрудничества", again) == found


def test_hashtag_beats_rule_for_the_same_topic(aliases: TopicAliases) -> None:
    text = "The Harbour Cooperation Forum (#HCF) was founded."
    assert extract_tags(text, aliases) == [Tag("HCF", "hashtag")]


def test_entity_hashtags_are_tags(aliases: TopicAliases) -> None:
    assert extract_tags("", aliases, entity_hashtags=["ГСС", "Fjords"]) == [
        Tag("HCF", "hashtag"),
        Tag("Fjords", "hashtag"),
    ]


def test_entity_hashtag_with_leading_hash_is_accepted(aliases: TopicAliases) -> None:
    assert extract_tags("", aliases, entity_hashtags=["#hcf"]) == [Tag("HCF", "hashtag")]


def test_entity_hashtag_also_in_text_is_one_tag(aliases: TopicAliases) -> None:
    tags = extract_tags("#Fjords are deep", aliases, entity_hashtags=["fjords"])
    assert tags == [Tag("Fjords", "hashtag")]


def test_entity_hashtag_upgrades_a_rule_tag(aliases: TopicAliases) -> None:
    tags = extract_tags("Tidewater Council met", aliases, entity_hashtags=["TidewaterCouncil"])
    assert tags == [Tag("Tidewater", "hashtag")]


def test_category_equal_to_canonical_maps_to_topic(aliases: TopicAliases) -> None:
    assert extract_tags("", aliases, categories=["hcf"]) == [Tag("HCF", "category")]


def test_category_equal_to_hashtag_alias_maps_to_topic(aliases: TopicAliases) -> None:
    assert extract_tags("", aliases, categories=["ГСС"]) == [Tag("HCF", "category")]


def test_category_equal_to_phrase_alias_maps_to_topic(aliases: TopicAliases) -> None:
    tags = extract_tags("", aliases, categories=["harbour  cooperation forum"])
    assert tags == [Tag("HCF", "category")]


def test_category_without_topic_is_kept_as_given(aliases: TopicAliases) -> None:
    tags = extract_tags("", aliases, categories=["World  News", "", "  "])
    assert tags == [Tag("World News", "category")]


def test_category_beats_rule(aliases: TopicAliases) -> None:
    tags = extract_tags("Harbour Cooperation Forum", aliases, categories=["HCF"])
    assert tags == [Tag("HCF", "category")]


def test_hashtag_beats_category(aliases: TopicAliases) -> None:
    tags = extract_tags("news", aliases, entity_hashtags=["hcf"], categories=["HCF"])
    assert tags == [Tag("HCF", "hashtag")]


def test_strongest_origin_keeps_the_first_position(aliases: TopicAliases) -> None:
    text = "Tidewater Council and Fjords news. #Fjords #TidewaterCouncil"
    assert extract_tags(text, aliases) == [Tag("Tidewater", "hashtag"), Tag("Fjords", "hashtag")]


def test_tags_follow_first_appearance_in_text(aliases: TopicAliases) -> None:
    text = "#Fjords first, then the Tidewater Council, then #ГСС and #Bays"
    assert extract_tags(text, aliases) == [
        Tag("Fjords", "hashtag"),
        Tag("Tidewater", "rule"),
        Tag("HCF", "hashtag"),
        Tag("Bays", "hashtag"),
    ]


def test_entity_hashtags_then_categories_follow_text_tags(aliases: TopicAliases) -> None:
    tags = extract_tags("#Bays", aliases, entity_hashtags=["Fjords"], categories=["Weather"])
    assert tags == [Tag("Bays", "hashtag"), Tag("Fjords", "hashtag"), Tag("Weather", "category")]


def test_untagged_feed_article_gets_topics_from_phrases(aliases: TopicAliases) -> None:
    text = (
        "Port Selden, 3 March. Delegates of the Harbor Cooperation Forum and of the "
        "Tidewater   Council agreed on a joint rescue service."
    )
    assert extract_tags(text, aliases) == [Tag("HCF", "rule"), Tag("Tidewater", "rule")]


def test_text_is_nfc_normalised_before_matching() -> None:
    aliases = TopicAliases.from_mapping({"Cafe": ["caf\u00e9 society"]})
    assert extract_tags("Cafe\u0301 Society", aliases) == [Tag("Cafe", "rule")]


def test_many_aliases_over_long_text_are_one_pass_of_one_pattern() -> None:
    # What kept this fast (it once timed itself; tests never time: a loaded machine failed
    # it): the 500 phrases are one trie pattern, made once, with a named group each, so a
    # text is read once whatever the number of aliases, not once per phrase.
    mapping = {f"Topic{n}": [f"#alias{n}", f"phrase number {n}"] for n in range(500)}
    aliases = TopicAliases.from_mapping(mapping)
    text = " ".join(f"word {n} #alias{n % 500} phrase number {n % 700}" for n in range(30_000))
    tags = extract_tags(text, aliases)
    assert len(tags) == 500
    assert all(tag.origin == "hashtag" for tag in tags)
    pattern = aliases._matcher()
    assert pattern is not None and pattern is aliases._matcher()
    assert len(pattern.groupindex) == pattern.groups == 500


def test_shorter_phrase_matches_when_longer_one_runs_into_a_word() -> None:
    aliases = TopicAliases.from_mapping(
        {"Tidewater": ["Tidewater Council"], "Water": ["Tidewater"]}
    )
    assert extract_tags("Tidewater Councillors", aliases) == [Tag("Water", "rule")]


def test_phrase_with_sharp_s_matches_its_own_spelling() -> None:
    aliases = TopicAliases.from_mapping({"Harbour": ["Hafenstraße"]})
    assert extract_tags("in der HAFENSTRAẞE 5", aliases) == [Tag("Harbour", "rule")]
    assert extract_tags("in der Hafenstraße 5", aliases) == [Tag("Harbour", "rule")]


def test_cyrillic_phrase_matches_case_insensitively() -> None:
    aliases = TopicAliases.from_mapping({"HCF": ["Гаванский совет"]})
    assert extract_tags("ГАВАНСКИЙ  СОВЕТ собрался", aliases) == [Tag("HCF", "rule")]


def test_phrase_of_maximum_length_is_accepted() -> None:
    phrase = "harbour " * 24 + "end"
    aliases = TopicAliases.from_mapping({"Long": [phrase]})
    assert extract_tags(f"the {phrase}.", aliases) == [Tag("Long", "rule")]


def test_a_word_character_is_a_letter_digit_or_underscore_as_a_hashtag_reads_one() -> None:
    # iter_hashtags reads a hashtag's body as a run of \w, then char by char past a mark:
    # so \w must be exactly "_" and the letters and numbers of Unicode.
    import re
    import sys
    import unicodedata

    word = re.compile(r"\w")
    odd = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF
        and (word.fullmatch(chr(code)) is not None)
        != (chr(code) == "_" or unicodedata.category(chr(code))[0] in "LN")
    ]
    assert odd == []
    assert extract_hashtags("#भारता #2023 #2023_год #_ #x́y_1 C#x") == [
        "भारता",
        "2023_год",
        "x́y_1",
    ]

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from tg_archiver.archive.cleaning import (
    DEFAULT_BOILERPLATE,
    clean_text,
    content_hash,
    drop_boilerplate,
    fold_for_hash,
    look_alike_twin,
    normalise,
    remove_repeated_blocks,
)

FIXTURES = Path(__file__).parent / "fixtures"

HEADING = "🎙 Minister's address to the Harbour Forum (Port Selden, March 3)"
LONG_A = "🌊 The harbour partnership has become a permanent feature."
LONG_B = "☝️ New shipping lanes connect the northern ports with the islands."
LONG_C = "• Cooperation within the Tidewater Council keeps growing."


def lines(*items: str) -> str:
    return "\n".join(items)


def scraped_posts() -> list[str]:
    """The fixture dump split the way the importer splits it: at 'Forwarded from' lines."""
    text = (FIXTURES / "scraped_channel_posts.txt").read_text(encoding="utf-8")
    posts: list[list[str]] = []
    for line in text.split("\n"):
        if line.startswith("Forwarded from ") or not posts:
            posts.append([])
        posts[-1].append(line)
    return ["\n".join(post) for post in posts]


def key(line: str) -> str:
    return " ".join(line.split())


# normalise


def test_crlf_and_cr_become_lf() -> None:
    assert normalise("one\r\ntwo\rthree\n") == "one\ntwo\nthree"


def test_trailing_whitespace_is_stripped_from_every_line() -> None:
    assert normalise("one  \t\ntwo \u00a0\nthree") == "one\ntwo\nthree"


def test_leading_indentation_is_kept() -> None:
    assert normalise("title\n    indented") == "title\n    indented"


def test_leading_and_trailing_blank_lines_are_stripped() -> None:
    assert normalise("\n \n\ttext\n\n  \n") == "\ttext"


def test_runs_of_blank_lines_collapse_to_one() -> None:
    assert normalise("a\n\n\n\nb\n \n \n\nc") == "a\n\nb\n\nc"


def test_single_blank_line_is_kept() -> None:
    assert normalise("a\n\nb") == "a\n\nb"


def test_text_is_nfc_normalised() -> None:
    assert normalise("Cafe\u0301") == "Caf\u00e9"


def test_characters_that_show_nothing_and_split_words_go() -> None:
    # Zero-width space, word joiner, a byte-order mark inside the text, soft hyphen.
    text = "Официа\u200bльный пред\u00adставитель МИД Р\u2060оссии\ufeff заявил"
    assert normalise(text) == "Официальный представитель МИД России заявил"
    # The zero-width joiner is part of emoji and stays (test_emoji_pass_through_unchanged).
    assert normalise("👩\u200d💻 text") == "👩\u200d💻 text"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Рoссия запpетилa въезд", "Россия запретила въезд"),  # Latin o, p, a
        ("Чиcло погибшиx вoзросло", "Число погибших возросло"),
        ("Lаvrov met Wаng Yi", "Lavrov met Wang Yi"),  # Cyrillic а in Latin words
        # Words that mix real letters of both, or only sit side by side, stay.
        ("iPhone-ом и TikTok-аккаунт", "iPhone-ом и TikTok-аккаунт"),
        ("СТАРТ-3 и CTAPT", "СТАРТ-3 и CTAPT"),
        ("Россия и Russia", "Россия и Russia"),
        ("ЯNDEX", "ЯNDEX"),  # "N" has no Cyrillic look-alike
        # The letters without a look-alike decide, however few: ж and н are Cyrillic only.
        ("Baжнo: Гocдyмa пpинялa", "Важно: Госдума приняла"),
        ("ВRЕАКING: Lаvrоv аrrivеs", "BREAKING: Lavrov arrives"),
        # Two words so written: whole words of look-alikes among Russian ones are Russian.
        ("Гocдyмa пpинялa зaкoн o бюджeтe", "Госдума приняла закон о бюджете"),
        ("O телефонном paзговоре c C.B.Лaвровым", "О телефонном разговоре с С.В.Лавровым"),
        ("4. Cpok c дaты пoдaчи", "4. Срок с даты подачи"),
        # ... but not a name among other Latin words, nor anything in a text with one such word.
        ("Рoссия и BP, Coca-Cola пpинялa COP29", "Россия и BP, Coca-Cola приняла COP29"),
        ("Рoссия o COP", "Россия o COP"),
    ],
)
def test_a_word_with_look_alike_letters_of_the_other_script_is_written_in_its_own(
    text: str, expected: str
) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "emoji",
    [
        "👩‍💻",  # ZWJ sequence
        "👨‍👩‍👧‍👦",  # family, several ZWJs
        "🇷🇺🇨🇳",  # two flags
        "🏴󠁧󠁢󠁳󠁣󠁴󠁿",  # tag sequence flag
        "👋🏽",  # skin tone
        "☝️",  # variation selector
        "❤️‍🔥",  # ZWJ with variation selector
    ],
)
def test_emoji_pass_through_unchanged(emoji: str) -> None:
    assert normalise(f"{emoji} text {emoji}\n{emoji}") == f"{emoji} text {emoji}\n{emoji}"


def test_emoji_at_line_end_survives_trailing_space_strip() -> None:
    assert normalise("done 👩‍💻  \n") == "done 👩‍💻"


def test_normalise_of_empty_text_is_empty() -> None:
    assert normalise("") == ""
    assert normalise("\n\n  \n") == ""


# drop_boilerplate


def test_default_boilerplate_lines_are_dropped() -> None:
    text = lines(
        "Media is too big",
        "VIEW IN TELEGRAM",
        "Statement of the day",
        "Please open Telegram to view this post",
        "This media is not supported in your browser",
    )
    assert drop_boilerplate(text, DEFAULT_BOILERPLATE) == "Statement of the day"


def test_boilerplate_match_ignores_case() -> None:
    assert drop_boilerplate("View in Telegram\nbody", DEFAULT_BOILERPLATE) == "body"
    assert drop_boilerplate("media IS too BIG\nbody", DEFAULT_BOILERPLATE) == "body"


def test_boilerplate_match_ignores_surrounding_and_inner_whitespace() -> None:
    assert drop_boilerplate("  VIEW   IN\tTELEGRAM  \nbody", DEFAULT_BOILERPLATE) == "body"


def test_boilerplate_match_ignores_trailing_punctuation() -> None:
    text = lines("Please open Telegram to view this post.", "View in Telegram ›", "body")
    assert drop_boilerplate(text, DEFAULT_BOILERPLATE) == "body"


def test_line_containing_boilerplate_among_other_words_is_kept() -> None:
    text = "You can VIEW IN TELEGRAM the whole speech"
    assert drop_boilerplate(text, DEFAULT_BOILERPLATE) == text


def test_custom_boilerplate_replaces_defaults() -> None:
    text = lines("Subscribe to our channel!", "VIEW IN TELEGRAM", "body")
    assert drop_boilerplate(text, ["Subscribe to our channel"]) == "VIEW IN TELEGRAM\nbody"


def test_empty_boilerplate_entry_does_not_remove_blank_lines() -> None:
    assert drop_boilerplate("a\n\nb", ["", "  "]) == "a\n\nb"


def test_blank_lines_survive_boilerplate_removal() -> None:
    assert drop_boilerplate("a\n\nVIEW IN TELEGRAM\nb", DEFAULT_BOILERPLATE) == "a\n\nb"


# remove_repeated_blocks


def test_text_without_repeats_is_unchanged() -> None:
    text = lines(HEADING, LONG_A, "", LONG_B, "short", LONG_C)
    assert remove_repeated_blocks(text) == text


def test_body_repeated_after_read_in_full_is_removed() -> None:
    text = lines(HEADING, LONG_A, LONG_B, "Read in full", LONG_A, LONG_B)
    assert remove_repeated_blocks(text) == lines(HEADING, LONG_A, LONG_B, "Read in full")


def test_read_in_full_closing_the_copy_is_removed_and_the_first_kept() -> None:
    text = lines(HEADING, LONG_A, LONG_B, "Read in full", LONG_A, LONG_B, "Read in full")
    assert remove_repeated_blocks(text) == lines(HEADING, LONG_A, LONG_B, "Read in full")


def test_short_line_heading_the_second_copy_is_removed() -> None:
    text = lines(HEADING, "Key talking points:", LONG_A, LONG_B, "Key talking points:", LONG_A)
    assert remove_repeated_blocks(text) == lines(HEADING, "Key talking points:", LONG_A, LONG_B)


def test_short_lines_between_repeated_long_lines_are_removed() -> None:
    original = lines("#Harbours", LONG_A, "<...>", LONG_B, "#Islands", LONG_C)
    text = lines(HEADING, original, "Read in full", original)
    assert remove_repeated_blocks(text) == lines(HEADING, original, "Read in full")


def test_second_copy_without_the_heading_is_removed() -> None:
    text = lines(HEADING, LONG_A, LONG_B, LONG_C, LONG_A, LONG_B, LONG_C)
    assert remove_repeated_blocks(text) == lines(HEADING, LONG_A, LONG_B, LONG_C)


def test_partial_second_copy_is_removed() -> None:
    text = lines(HEADING, LONG_A, LONG_B, LONG_C, "Read in full", LONG_A, "Read in full")
    assert remove_repeated_blocks(text) == lines(HEADING, LONG_A, LONG_B, LONG_C, "Read in full")


def test_short_line_repeating_in_original_content_is_kept() -> None:
    text = lines("Key points:", LONG_A, "<...>", "Key points:", LONG_B, "<...>")
    assert remove_repeated_blocks(text) == text


def test_repeated_short_lines_alone_are_kept() -> None:
    text = lines("#HCF", "Read in full", "#HCF", "Read in full")
    assert remove_repeated_blocks(text) == text


def test_line_appearing_once_is_never_dropped_even_inside_a_copy() -> None:
    text = lines(LONG_A, LONG_B, "Read in full", LONG_A, "new short", LONG_B)
    assert remove_repeated_blocks(text) == lines(LONG_A, LONG_B, "Read in full", "new short")


def test_long_line_repeated_far_apart_is_removed() -> None:
    text = lines(LONG_A, LONG_B, LONG_C, LONG_A)
    assert remove_repeated_blocks(text) == lines(LONG_A, LONG_B, LONG_C)


def test_lines_compare_after_whitespace_normalisation_and_first_is_kept_as_is() -> None:
    spaced = "  🌊 The harbour   partnership has become a permanent feature."
    text = lines(spaced, LONG_B, LONG_A)
    assert remove_repeated_blocks(text) == lines(spaced, LONG_B)


def test_comparison_is_case_sensitive() -> None:
    text = lines(LONG_A, LONG_A.upper())
    assert remove_repeated_blocks(text) == text


def test_min_line_chars_sets_the_long_line_threshold() -> None:
    text = lines("Ten chars!", "x", "Ten chars!")
    assert remove_repeated_blocks(text) == text
    assert remove_repeated_blocks(text, min_line_chars=10) == lines("Ten chars!", "x")


def test_min_line_chars_below_one_is_rejected() -> None:
    with pytest.raises(ValueError):
        remove_repeated_blocks("a", min_line_chars=0)


def test_removed_block_leaves_one_blank_line_between_paragraphs() -> None:
    text = lines(LONG_A, "", "Read in full", "", LONG_A, "", "", "tail line")
    assert remove_repeated_blocks(text) == lines(LONG_A, "", "Read in full", "", "tail line")


def test_removed_block_at_the_end_leaves_no_trailing_blank_lines() -> None:
    text = lines(LONG_A, "Read in full", "", LONG_A, "")
    assert remove_repeated_blocks(text) == lines(LONG_A, "Read in full")


def test_removed_block_without_blank_lines_adds_none() -> None:
    text = lines(LONG_A, "Read in full", LONG_A, "next")
    assert remove_repeated_blocks(text) == lines(LONG_A, "Read in full", "next")


def test_remove_repeated_blocks_of_empty_text_is_empty() -> None:
    assert remove_repeated_blocks("") == ""


# clean_text


def test_clean_text_runs_every_step() -> None:
    raw = lines(
        "Media is too big\r",
        "VIEW IN TELEGRAM   \r",
        HEADING + "  \r",
        "Cafe\u0301 " + LONG_A + "\r",
        "\r",
        "\r",
        "\r",
        "Read in full\r",
        "Cafe\u0301 " + LONG_A + "\r",
        "",
    )
    assert clean_text(raw) == lines(HEADING, "Caf\u00e9 " + LONG_A, "", "Read in full")


def test_clean_text_accepts_custom_boilerplate() -> None:
    assert clean_text("Subscribe!\nbody", boilerplate=["subscribe"]) == "body"
    assert clean_text("VIEW IN TELEGRAM\nbody", boilerplate=()) == "VIEW IN TELEGRAM\nbody"


def test_clean_text_is_idempotent() -> None:
    for post in scraped_posts():
        once = clean_text(post)
        assert clean_text(once) == once


def test_scraped_posts_lose_all_boilerplate() -> None:
    boilerplate = {key(line).casefold() for line in DEFAULT_BOILERPLATE}
    for post in scraped_posts():
        cleaned = clean_text(post)
        assert not [line for line in cleaned.split("\n") if key(line).casefold() in boilerplate]


def test_scraped_posts_have_no_long_line_twice() -> None:
    for post in scraped_posts():
        counts = Counter(key(line) for line in clean_text(post).split("\n"))
        assert [line for line, n in counts.items() if n > 1 and len(line) >= 20] == []


def test_scraped_posts_keep_every_distinct_line_in_first_order() -> None:
    boilerplate = {key(line).casefold() for line in DEFAULT_BOILERPLATE}
    for post in scraped_posts():
        wanted = list(dict.fromkeys(key(line) for line in post.split("\n") if line.strip()))
        wanted = [line for line in wanted if line.casefold() not in boilerplate]
        got = list(dict.fromkeys(key(line) for line in clean_text(post).split("\n")))
        assert got == wanted


def test_scraped_post_with_copy_after_read_in_full_cleans_exactly() -> None:
    post = scraped_posts()[1]
    assert clean_text(post) == lines(
        "Forwarded from Ministry of Coastal Affairs 🏝️",
        "🎙 Minister Ilse Varga's interview with Tide FM (Port Selden, April 9, 2024)",
        "Key talking points:",
        "🔹 We will not depend on a single trading partner for our fish exports any more.",
        "🔹The #TidewaterCouncil keeps its free trade zone for all member harbours.",
        "🔹 Since 2010 we have been building relations with the island states of the south.",
        "🔹 Our 👩‍💻 engineers have modernised every lighthouse on the northern coast.",
        "Read in full",
    )


def test_scraped_post_with_hashtag_lines_inside_the_copy_cleans_exactly() -> None:
    post = scraped_posts()[3]
    assert clean_text(post) == lines(
        "Forwarded from Ministry of Coastal Affairs 🏝️",
        "🎙 Excerpts from the Minister's answers to the press after the Tidewater Council summit.",
        "#Kellvik",
        "💬 Minister Varga: The harbour authority of Kellvik has not paid its pilotage fees"
        " since May. <...>",
        "We have heard that Kellvik refused our dredging offer. It turns out it did not.",
        "#Saltmere",
        "🇸🇪🇫🇮 The Saltmere ferry agreement was signed after nine rounds of talks"
        " between both sides.",
        "Read in full",
    )


def test_scraped_post_with_partial_copy_and_trailing_links_cleans_exactly() -> None:
    post = scraped_posts()[4]
    assert clean_text(post) == lines(
        "Forwarded from Ministry of Coastal Affairs 🏝️",
        "🎙Minister Ilse Varga's interview with Harbour News on the coming season",
        "📍Port Selden, December 12, 2024",
        "• The storm season cost the fleet three weeks of work, but every crew came home safely.",
        "• Most harbours of the region have joined the new rescue agreement this winter.",
        "📖 Read in full",
        "🎥 Watch",
    )


def test_scraped_post_with_legitimate_short_repeats_is_unchanged() -> None:
    post = scraped_posts()[5]
    assert clean_text(post) == post.rstrip("\n")


def test_megabyte_of_text_with_repeated_blocks_is_cleaned_whole() -> None:
    """A megabyte of 4,000 distinct paragraphs, each four times: one copy of each stays.

    No timing here (tests never time; the machine is shared): a quadratic block search would
    make this test take minutes, and the bench measures the pipeline's speed.
    """
    paragraph = lines(
        "💬 Statement number {n} of the Ministry of Coastal Affairs on the season.",
        "Read in full",
        "",
    )
    text = "\n".join(paragraph.format(n=n % 4000) for n in range(16_000))
    assert len(text.encode()) > 1_000_000
    cleaned = clean_text(text)
    assert cleaned.count("Statement number 3999 ") == 1
    assert cleaned.count("Statement number ") == 4000


def test_single_megabyte_line_is_kept_as_it_is() -> None:
    text = "harbour " * 140_000
    assert clean_text(text) == text.rstrip()


# fold_for_hash and content_hash


def test_fold_for_hash_casefolds_and_collapses_whitespace() -> None:
    assert fold_for_hash("  Straße\n\nIS   Open\t ") == "strasse is open"


def test_content_hash_is_32_hex_chars_of_blake2b() -> None:
    digest = content_hash("body")
    assert len(digest) == 32
    int(digest, 16)


def test_content_hash_ignores_case_and_layout() -> None:
    assert content_hash("Harbour News\n\nOpen today") == content_hash("harbour news open   TODAY")


def test_content_hash_differs_for_different_words() -> None:
    assert content_hash("harbour open") != content_hash("harbour closed")


def test_content_hash_is_stable() -> None:
    # Stored in the database: a change here needs a migration that recomputes hashes.
    expected = hashlib.blake2b(b"harbour news", digest_size=16).hexdigest()
    assert content_hash("Harbour News") == expected == "886476d188d6df7f3fa969e4c0b46975"


def test_posts_differing_only_in_scraper_noise_hash_equal() -> None:
    body = lines(HEADING, LONG_A, LONG_B)
    scraped = lines("Media is too big", "VIEW IN TELEGRAM", body, "", LONG_A, LONG_B)
    assert content_hash(clean_text(scraped)) == content_hash(clean_text(body))


def test_a_code_in_look_alike_letters_has_a_twin_in_the_other_script() -> None:
    assert look_alike_twin("С5+1") == "C5+1"  # Cyrillic С in, Latin C out
    assert look_alike_twin("c5+1") == "с5+1"
    assert look_alike_twin("МС-21") == "MC-21"
    # A word without a figure, a letter without a look-alike, a figure alone: none.
    assert look_alike_twin("СССР") is None
    assert look_alike_twin("G20") is None
    assert look_alike_twin("2024") is None

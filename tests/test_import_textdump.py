from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.importers.textdump import post_id, read_text_dump
from tg_archiver.archive.models import Forward, SourceRef

WHEN = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)

# The shape of a scraped channel that forwards another channel's posts: heading line,
# scraper boilerplate, the body, then the body again after "Read in full". Invented text.
DUMP = """\
Forwarded from Ministry of Examples 🌐
Media is too big
VIEW IN TELEGRAM
🎙 Minister's address to the Forum of Partners (Example City, 3 May 2024)
Key points:
🔹 Cooperation between #SCO members keeps growing.
🔹 Our partners in #BRICS share this view.
#OurRulesAreShared
Read in full
Key points:
🔹 Cooperation between #SCO members keeps growing.
🔹 Our partners in #BRICS share this view.
Forwarded from Ministry of Examples 🌐
🛡 Today the Partnership Council marks its tenth anniversary.
<...>
The Council is open to new members. #CIS
The Council is open to new members. #CIS
Forwarded from Agency of Samples
Please open Telegram to view this post
VIEW IN TELEGRAM
"""


def write(tmp_path: Path, text: str, name: str = "dump.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def read(path: Path, **kwargs: object) -> list:
    return list(read_text_dump(path, published_at=WHEN, **kwargs))  # type: ignore[arg-type]


def test_each_forwarded_from_line_starts_a_post(tmp_path: Path) -> None:
    posts = read(write(tmp_path, DUMP))

    assert [p.forwarded_from for p in posts] == [
        Forward(name="Ministry of Examples 🌐"),
        Forward(name="Ministry of Examples 🌐"),
        Forward(name="Agency of Samples"),
    ]
    assert posts[0].text.splitlines()[0] == "Media is too big"
    assert posts[0].text.splitlines()[-1] == "🔹 Our partners in #BRICS share this view."
    assert posts[1].text == (
        "🛡 Today the Partnership Council marks its tenth anniversary.\n<...>\n"
        "The Council is open to new members. #CIS\nThe Council is open to new members. #CIS"
    )
    assert posts[2].text == "Please open Telegram to view this post\nVIEW IN TELEGRAM"


def test_body_is_raw_boilerplate_and_repeats_are_left_for_the_cleaner(tmp_path: Path) -> None:
    [first, *_] = read(write(tmp_path, DUMP))

    assert "VIEW IN TELEGRAM" in first.text
    assert first.text.count("Cooperation between #SCO members keeps growing.") == 2


def test_source_is_the_import_name_defaulting_to_the_file_stem(tmp_path: Path) -> None:
    path = write(tmp_path, DUMP, name="mfa-2024.txt")

    assert read(path)[0].source == SourceRef(kind="import", key="mfa-2024", title="mfa-2024")
    assert read(path, source_name="MFA scrape")[0].source == SourceRef(
        kind="import", key="MFA scrape", title="MFA scrape"
    )


def test_every_post_gets_the_given_time_in_utc(tmp_path: Path) -> None:
    path = write(tmp_path, DUMP)
    moscow = datetime(2024, 3, 1, 15, 0, tzinfo=timezone(timedelta(hours=3)))

    posts = list(read_text_dump(path, published_at=moscow))

    assert {p.published_at for p in posts} == {WHEN}
    assert posts[0].published_at.tzinfo is UTC


def test_naive_time_is_taken_as_utc(tmp_path: Path) -> None:
    posts = list(read_text_dump(write(tmp_path, DUMP), published_at=datetime(2024, 3, 1, 12)))

    assert posts[0].published_at == WHEN


def test_time_defaults_to_the_files_modification_time(tmp_path: Path) -> None:
    path = write(tmp_path, DUMP)
    os.utime(path, (WHEN.timestamp(), WHEN.timestamp()))

    posts = list(read_text_dump(path))

    assert posts[0].published_at == WHEN


def test_ids_are_stable_across_reads_and_later_dumps(tmp_path: Path) -> None:
    first = read(write(tmp_path, DUMP, name="a.txt"))
    again = read(write(tmp_path, DUMP, name="a.txt"))
    later = read(
        write(
            tmp_path, "Forwarded from Someone\nA new post.\n" + DUMP.replace("\n", "\r\n"), "b.txt"
        )
    )

    ids = [p.external_id for p in first]
    assert ids == [p.external_id for p in again]
    assert [p.external_id for p in later][1:] == ids
    assert len(set(ids)) == 3
    assert all(len(i) == 16 for i in ids)


def test_id_hashes_origin_and_whitespace_collapsed_body(tmp_path: Path) -> None:
    [post] = read(write(tmp_path, "Forwarded from Agency\n  Two   words\n\nhere \n"))

    assert post.text == "  Two   words\n\nhere "
    assert post.external_id == post_id("Agency", "Two words here")
    assert post_id("Agency", "x") != post_id("Other", "x")


def test_identical_posts_in_one_file_get_numbered_ids(tmp_path: Path) -> None:
    post = "Forwarded from Agency\nSame statement.\n"
    posts = read(write(tmp_path, post * 3 + "Forwarded from Agency\nOther.\n"))

    base = post_id("Agency", "Same statement.")
    assert [p.external_id for p in posts] == [
        base,
        f"{base}#2",
        f"{base}#3",
        post_id("Agency", "Other."),
    ]


def test_text_before_the_first_heading_is_an_own_post(tmp_path: Path) -> None:
    posts = read(write(tmp_path, "\nOur own announcement. #SCO\n\n" + DUMP))

    assert posts[0].forwarded_from is None
    assert posts[0].text == "Our own announcement. #SCO"
    assert posts[0].external_id == post_id(None, "Our own announcement. #SCO")
    assert len(posts) == 4


def test_own_post_between_forwards_runs_on_into_the_previous_post(tmp_path: Path) -> None:
    text = "Forwarded from Agency\nForwarded text.\nOur own text.\n"

    [post] = read(write(tmp_path, text))

    assert post.text == "Forwarded text.\nOur own text."


def test_headings_without_a_body_and_blank_files_give_no_posts(tmp_path: Path) -> None:
    posts = read(write(tmp_path, "Forwarded from A\n\nForwarded from B\nBody\n"))
    assert [(p.forwarded_from, p.text) for p in posts] == [(Forward(name="B"), "Body")]
    assert read(write(tmp_path, "\n  \n", "blank.txt")) == []
    assert read(write(tmp_path, "", "empty.txt")) == []


def test_bom_and_crlf_are_handled(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes("\ufeffForwarded from Agency\r\nLine one\r\nLine two\r\n".encode())

    [post] = read(path)

    assert (post.forwarded_from, post.text) == (Forward(name="Agency"), "Line one\nLine two")


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b"Forwarded from Agency\nfine\ncaf\xe9 au lait\n")

    with pytest.raises(InputError) as info:
        read(path)

    assert str(info.value).startswith(f"{path}: line 3: invalid UTF-8 at byte 4 of the line")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_utf16_or_utf32_dump_is_named_as_such(tmp_path: Path, encoding: str) -> None:
    # It was "line 1: NUL byte at byte 2 of the line", which does not say what to do.
    path = tmp_path / "dump.txt"
    bom = "\ufeff" if encoding == "utf-16-be" else ""
    path.write_bytes((bom + "Forwarded from Agency\nЗаявление МИД\n").encode(encoding))
    with pytest.raises(InputError) as info:
        read(path)
    assert str(info.value) == (
        f"{path}: the text is UTF-16 or UTF-32 (it starts with a byte order mark); save it as"
        " UTF-8 and import it again"
    )


def test_nul_byte_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b"Forwarded from Agency\nab\x00c\n")

    with pytest.raises(InputError, match=r"dump.txt: line 2: NUL byte at byte 3 of the line"):
        read(path)


def test_post_over_a_million_characters_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "Forwarded from Agency\n" + ("x" * 999 + "\n") * 10_500)

    with pytest.raises(InputError) as info:
        read(path)

    message = str(info.value)
    assert "the post starting at line 1 is longer than the limit of 1 000 000 characters" in message
    assert "\n" not in message


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the file"):
        read(tmp_path / "missing.txt")


def test_reading_streams_posts(tmp_path: Path) -> None:
    path = write(tmp_path, "Forwarded from A\nfirst\n" + "Forwarded from B\nsecond\n")
    with path.open("ab") as f:
        f.write(b"Forwarded from C\n\xff\n")

    posts = read_text_dump(path, published_at=WHEN)

    assert next(posts).text == "first"
    assert next(posts).text == "second"
    with pytest.raises(InputError, match="line 6"):
        next(posts)


def test_a_forwarded_from_name_longer_than_any_channels_is_cut(tmp_path: Path) -> None:
    """A 3 MB "Forwarded from" line was stored whole as the post's origin and shown with it;
    Telegram names a channel in 128 characters at most. The id still reads the whole line, so
    an archive's posts keep theirs."""
    name = "C" * 3_000
    [post] = read(write(tmp_path, f"Forwarded from {name}\nStatement on trade\n"))

    assert post.forwarded_from == Forward(name="C" * 1_000)
    assert post.external_id == post_id(name, "Statement on trade")

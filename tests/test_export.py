from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tg_archiver.archive.export import (
    CSV_COLUMNS,
    FORMATS,
    ExportRow,
    to_json_dict,
    write_csv,
    write_html,
    write_jsonl,
    write_markdown,
)
from tg_archiver.archive.models import Media

NASTY_TEXT = (
    '<script>alert("x")</script> & co, "quoted", commas, 5 > 3\n'
    "Вторая строка: Лавров о ШОС 🇷🇺🤝🇨🇳\n"
    "# not a heading\n"
    "- not a list\n"
    "1. not numbered\n"
    "\n"
    "&amp; stays literal"
)


def make_row(n: int = 1, **changes: object) -> ExportRow:
    values: dict[str, object] = {
        "id": n,
        "source": "-1001234567890",
        "source_kind": "telegram",
        "source_title": "МИД России 🇷🇺 <b>",
        "external_id": str(1000 + n),
        "url": f"https://t.me/mid_official/{1000 + n}",
        "title": None,
        "published_at": datetime(2023, 5, 17, 10, 30, tzinfo=UTC),
        "edited_at": None,
        "forwarded_from": None,
        "text": NASTY_TEXT,
        "tags": ("SCO", "ШОС"),
        "duplicate_of": None,
        "media": (),
    }
    values.update(changes)
    return ExportRow(**values)  # type: ignore[arg-type]


ROWS = (
    make_row(1),
    make_row(
        2,
        source="https://news.example.org/rss",
        source_kind="feed",
        source_title=None,
        url="https://news.example.org/a?x=1&y=2",
        title='Title with "quotes" & <tags>',
        edited_at=datetime(2023, 5, 17, 12, 0, tzinfo=UTC),
        forwarded_from="Agency, Ltd.",
        duplicate_of=1,
        tags=(),
        media=(Media("photo", "pic,1.jpg", 2048, "image/jpeg"), Media("video")),
    ),
    make_row(3, url="javascript:alert(1)", text="short"),
)


def lazy_rows(fail_after: int | None = None) -> Iterator[ExportRow]:
    for index, row in enumerate(ROWS):
        if fail_after is not None and index == fail_after:
            raise RuntimeError("source exhausted")
        yield row


# --- the JSON contract -----------------------------------------------------------------------


def test_json_dict_carries_the_contract_fields() -> None:
    record = to_json_dict(ROWS[1])
    assert record == {
        "id": 2,
        "source": "https://news.example.org/rss",
        "source_kind": "feed",
        "source_title": None,
        "external_id": "1002",
        "url": "https://news.example.org/a?x=1&y=2",
        "title": 'Title with "quotes" & <tags>',
        "published_at": "2023-05-17T10:30:00Z",
        "date_source": "source",
        "edited_at": "2023-05-17T12:00:00Z",
        "forwarded_from": "Agency, Ltd.",
        "text": NASTY_TEXT,
        "tags": [],
        "duplicate_of": 1,
        "media": [
            {"kind": "photo", "file_name": "pic,1.jpg", "size": 2048, "mime_type": "image/jpeg"},
            {"kind": "video", "file_name": None, "size": None, "mime_type": None},
        ],
    }


def test_a_channel_post_without_a_stored_url_is_exported_with_its_t_me_c_link() -> None:
    # An imported Telegram export knows the channel's id, not its username: the url is the
    # link Telegram's "Copy link" gives, in every format; posts of other chats stay without.
    row = make_row(1, source="1234567890", url=None)
    assert to_json_dict(row)["url"] == "https://t.me/c/1234567890/1001"
    out = io.StringIO(newline="")
    write_csv([row], out)
    assert next(csv.DictReader(io.StringIO(out.getvalue())))["url"] == (
        "https://t.me/c/1234567890/1001"
    )
    md, page = io.StringIO(), io.StringIO()
    write_markdown([row], md)
    write_html([row], page)
    assert "[Original](<https://t.me/c/1234567890/1001>)" in md.getvalue()
    assert '<a href="https://t.me/c/1234567890/1001"' in page.getvalue()
    for other in (
        make_row(1, source="tdesktop:42", source_kind="import", url=None),
        make_row(1, source="1234567890", external_id="abc", url=None),
        make_row(1, source="-1001234567890", url=None),
    ):
        assert to_json_dict(other)["url"] is None, other.source


def test_json_times_are_converted_to_utc() -> None:
    moscow = timezone(timedelta(hours=3))
    row = make_row(published_at=datetime(2023, 5, 17, 13, 30, tzinfo=moscow))
    assert to_json_dict(row)["published_at"] == "2023-05-17T10:30:00Z"
    assert to_json_dict(row)["edited_at"] is None


# --- JSON Lines ------------------------------------------------------------------------------


def test_jsonl_writes_one_parsable_object_per_line() -> None:
    out = io.StringIO()
    assert write_jsonl(ROWS, out) == 3
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    records = [json.loads(line) for line in lines]
    assert records[0]["text"] == NASTY_TEXT
    assert records[0]["tags"] == ["SCO", "ШОС"]
    assert [r["id"] for r in records] == [1, 2, 3]
    for record in records:
        assert {
            "id", "source", "source_kind", "external_id", "url", "published_at", "edited_at",
            "forwarded_from", "text", "tags", "duplicate_of",
        } <= record.keys()  # fmt: skip


def test_jsonl_keeps_non_ascii_readable() -> None:
    out = io.StringIO()
    write_jsonl([ROWS[0]], out)
    assert "ШОС" in out.getvalue()
    assert "🇷🇺" in out.getvalue()
    assert "\\u" not in out.getvalue()


# --- CSV -------------------------------------------------------------------------------------


def test_csv_round_trips_through_csv_reader() -> None:
    out = io.StringIO(newline="")
    assert write_csv(ROWS, out) == 3
    table = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert tuple(table[0]) == CSV_COLUMNS
    assert len(table) == 4
    first = dict(zip(CSV_COLUMNS, table[1], strict=True))
    assert first["text"] == NASTY_TEXT
    assert first["tags"] == "SCO;ШОС"
    assert first["published_at"] == "2023-05-17T10:30:00Z"
    assert first["edited_at"] == ""
    assert first["media"] == ""
    second = dict(zip(CSV_COLUMNS, table[2], strict=True))
    assert second["title"] == 'Title with "quotes" & <tags>'
    assert second["forwarded_from"] == "Agency, Ltd."
    assert second["duplicate_of"] == "1"
    assert second["source_title"] == ""
    assert second["media"] == "photo:pic,1.jpg;video"


# --- Markdown --------------------------------------------------------------------------------


def test_markdown_has_a_section_per_post_with_link_tags_and_quoted_text() -> None:
    out = io.StringIO()
    assert write_markdown(ROWS, out, title="Digest", note="tag=SCO") == 3
    md = out.getvalue()
    assert md.startswith("# Digest\n\n_tag=SCO_\n")
    assert md.count("\n## ") == 3
    assert "## 2023-05-17 10:30 UTC · МИД России 🇷🇺 \\<b\\>\n" in md
    assert "## 2023-05-17 10:30 UTC · https://news.example.org/rss\n" in md
    assert "[Original](<https://t.me/mid_official/1001>)" in md
    assert "#SCO #ШОС" in md
    assert md.rstrip().endswith("3 posts")


def test_markdown_quotes_text_and_escapes_what_would_change_its_structure() -> None:
    out = io.StringIO()
    write_markdown([ROWS[0]], out)
    quoted = [line for line in out.getvalue().splitlines() if line.startswith(">")]
    assert quoted == [
        '> \\<script>alert("x")\\</script> & co, "quoted", commas, 5 > 3  ',
        "> Вторая строка: Лавров о ШОС 🇷🇺🤝🇨🇳  ",
        "> \\# not a heading  ",
        "> \\- not a list  ",
        "> 1\\. not numbered",
        ">",
        "> \\&amp; stays literal",
    ]


def test_markdown_links_only_web_urls() -> None:
    out = io.StringIO()
    write_markdown([ROWS[2]], out)
    assert "](<javascript" not in out.getvalue()
    assert "Original: javascript:alert(1)" in out.getvalue()


# --- HTML ------------------------------------------------------------------------------------


def html_of(rows, **kwargs) -> str:
    out = io.StringIO()
    write_html(rows, out, title=kwargs.pop("title", "SCO <export>"), **kwargs)
    return out.getvalue()


def test_html_escapes_every_piece_of_user_text() -> None:
    page = html_of(ROWS)
    assert "<script" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in page
    assert "<title>SCO &lt;export&gt;</title>" in page
    assert "МИД России 🇷🇺 &lt;b&gt;" in page
    assert "Title with &quot;quotes&quot; &amp; &lt;tags&gt;" in page
    assert "&amp;amp; stays literal" in page
    assert 'href="https://news.example.org/a?x=1&amp;y=2"' in page


def test_html_is_self_contained() -> None:
    page = html_of(ROWS)
    assert 'src="http' not in page
    assert "<link" not in page
    assert "<script" not in page
    assert "@import" not in page
    assert "url(" not in page
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")


def test_html_links_only_http_urls() -> None:
    page = html_of(ROWS)
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs == [
        "https://t.me/mid_official/1001",
        "https://news.example.org/a?x=1&amp;y=2",
        "#post-1",
    ]
    assert "javascript:alert(1)" in page  # shown, not linked


def test_html_note_on_top_and_count_in_footer() -> None:
    page = html_of(ROWS, note="Generated 2024-01-01 · tag=SCO")
    assert page.index('class="note"') < page.index("<article")
    assert "<footer>3 posts</footer>" in page
    assert "<footer>1 post</footer>" in html_of(ROWS[:1])
    assert "<footer>0 posts</footer>" in html_of([])


# --- all formats -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_accepts_a_generator_and_counts_rows(name: str) -> None:
    out = io.StringIO(newline="")
    assert FORMATS[name](lazy_rows(), out, title="t") == 3


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_writes_each_row_before_reading_the_next(name: str) -> None:
    out = io.StringIO(newline="")
    with pytest.raises(RuntimeError, match="source exhausted"):
        FORMATS[name](lazy_rows(fail_after=2), out)
    written = out.getvalue()
    # Rows 1 and 2 were already on the stream when the third could not be read.
    assert "mid_official/1001" in written
    assert "news.example.org/a" in written
    assert "javascript" not in written


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_handles_an_empty_export(name: str) -> None:
    out = io.StringIO(newline="")
    assert FORMATS[name](iter(()), out) == 0

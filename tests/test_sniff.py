"""archive/importers/sniff.py: tg-archiver's own output and other data told from a text dump,
on the real writers' output, rewritten as jq, a spreadsheet or an editor would rewrite it."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import export_row
from hypothesis import given, settings
from hypothesis import strategies as st
from rewrites import (
    jq_added,
    jq_compact,
    jq_picked,
    jq_pretty,
    jq_slurp,
    jq_sorted,
    quote_all,
    reversed_lines,
    without_lines,
)

from tg_archiver.archive.export import FORMATS, ExportRow, to_json_dict
from tg_archiver.archive.importers.sniff import OwnOutput, data_kind, is_own_feed, own_output

ROOT = Path(__file__).resolve().parent.parent
NOTE = "Generated 2024-03-05 10:00 UTC by tg-archiver from archive.db"
ROWS = [
    export_row(1, "Statement on cooperation, trade and energy.\nSecond line, with a comma."),
    export_row(2, "Undated post.", date_source="file", tags=()),
    export_row(3, "Dated by its text.", date_source="text", title="A title"),
]


def written(fmt: str, rows: list[ExportRow] = ROWS, **kw: str) -> str:
    out = io.StringIO(newline="")
    FORMATS[fmt](rows, out, **kw)
    return out.getvalue()


def head(text: str) -> bytes:
    """As import's detection hands it over: the first 64 KiB, BOM and blank space removed."""
    return text.encode()[: 64 * 1024].lstrip(b"\xef\xbb\xbf \t\r\n")


@pytest.mark.parametrize(
    ("fmt", "rewrite", "expected"),
    [
        ("jsonl", str, "jsonl"),
        ("jsonl", jq_compact, "jsonl"),
        ("jsonl", jq_sorted, "jsonl"),
        ("jsonl", jq_added, "jsonl"),
        ("jsonl", reversed_lines, "jsonl"),
        ("jsonl", jq_pretty, "json"),
        ("jsonl", jq_slurp, "json"),
        ("jsonl", lambda t: t.replace("\n", "\r\n"), "jsonl"),
        ("csv", str, "csv"),
        ("csv", quote_all, "csv"),
        ("csv", lambda t: quote_all(t, ";"), "csv"),
        ("csv", lambda t: quote_all(t, "\t"), "csv"),
        ("csv", lambda t: t.replace("id,", '"id",', 1), "csv"),
        ("md", str, "md"),
        ("md", without_lines(1), "md"),  # the title
        ("md", without_lines(4), "md"),  # the title and the note
        ("md", lambda t: t.replace("\n", "\r\n"), "md"),
        ("html", str, "html"),
        ("atom", str, "atom"),
    ],
)
def test_an_export_rewritten_by_everyday_tools_is_still_own_output(
    fmt: str, rewrite: Callable[[str], str], expected: str
) -> None:
    assert own_output(head(rewrite(written(fmt, note=NOTE)))) == OwnOutput(expected)


def test_an_export_whose_first_post_outgrows_the_head_is_known_by_its_first_fields() -> None:
    long = [export_row(1, "Word " * 20_000), *ROWS]
    assert own_output(head(written("jsonl", long))) == OwnOutput("jsonl")
    assert own_output(head(jq_pretty(written("jsonl", long)))) == OwnOutput("json")
    assert own_output(head(quote_all(written("csv", long)))) == OwnOutput("csv")


def test_some_fields_of_an_export_are_own_output_that_names_them() -> None:
    picked = jq_picked("id", "text", "source")(written("jsonl"))
    assert own_output(head(picked)) == OwnOutput("jsonl", ("id", "text", "source"))
    columns = "text,published_at,tags\n" + "Hello,2024-03-04T09:00:00Z,SCO\n"
    assert own_output(head(columns)) == OwnOutput("csv", ("text", "published_at", "tags"))


@pytest.mark.parametrize("field", [*sorted(to_json_dict(ROWS[0])), "score", "files"])
def test_every_field_of_an_export_is_known_for_one(field: str) -> None:
    # A field added to the export contract is added to what sniff knows, or this fails.
    other = "title" if field == "text" else "text"
    line = json.dumps({field: 1, other: "x"}) + "\n"
    assert own_output(head(line)) == OwnOutput("jsonl", (field, other))


def test_a_served_feed_and_an_atom_export_are_own_feeds() -> None:
    import feedparser

    parsed = feedparser.parse(written("atom", title="SCO").encode())
    assert is_own_feed(parsed.feed.get("generator"), parsed.feed.get("id"))
    assert is_own_feed(None, "tag:tg-archiver.invalid,2024:feed/topic/SCO")
    assert not is_own_feed("WordPress", "tag:news.example.org,2024:feed")
    assert not is_own_feed(None, "tag:tg-archiver.invalid,2024:post/telegram/1/2")  # an entry's
    assert not is_own_feed(None, None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('{"id": 1, "name": "x"}\n{"id": 2, "name": "y"}\n', "JSON objects"),
        ('{\n  "user": "x",\n  "items": [1, 2]\n}\n', "JSON objects"),
        ('[{"a": 1}, {"a": 2}]', "a JSON array of objects"),
        ('{"text": "' + "long " * 20_000 + '"}\n', "JSON objects"),  # cut off in the head
        ('{"a": ' + "[" * 60_000, "JSON objects"),  # deeper than json's recursion
        ('{"a": ' + '{"b": ' * 10_000, "JSON objects"),
        ("name,age,city\nAnna,31,Oslo\nBo,45,Rome\n", "a CSV table"),
        ('"name";"age"\n"Anna";"31"\n', "a CSV table"),
        ("date\tvalue\n2024-01-01\t3\n", "a CSV table"),
        ('name,note\nAnna,"two\nlines"\nBo,one\n', "a CSV table"),
    ],
)
def test_data_that_is_no_text_dump_is_named(text: str, kind: str) -> None:
    assert own_output(head(text)) is None
    assert data_kind(head(text)) == kind


@pytest.mark.parametrize(
    "text",
    [
        (ROOT / "examples" / "forwarded-dump.txt").read_text(encoding="utf-8"),
        (ROOT / "tests" / "fixtures" / "scraped_channel_posts.txt").read_text(encoding="utf-8"),
        "Moscow, March 12, 2024\nThe ministers met, talked, and agreed.\n",
        "SCO,BRICS\nA line of prose without commas\n",  # no row as wide as the header
        "[Photo] Ministers at the summit.\n[Video] The press conference.\n",
        "{Greetings} from the delegation.\n",
        "{ not json: at all }\n",
        '["a quoted list", "in a post"]\n',
        "# Notes\n\n## Monday · talks\n\nThe talks went on.\n",
        "_Generated by hand_\n\nForwarded from Example MFA\nHello.\n",
        "",
    ],
)
def test_a_text_dump_is_neither_own_output_nor_data(text: str) -> None:
    assert own_output(head(text)) is None
    assert data_kind(head(text)) is None


def test_a_text_dump_quoting_a_heading_or_feed_id_below_its_start_is_a_text_dump() -> None:
    text = (
        "Forwarded from Example MFA\nAs our export shows:\n"
        "## 2024-03-04 09:15 UTC · Example MFA\n\n"
        "and <id>tag:tg-archiver.invalid,2024:feed/topic/SCO</id>\n"
    )
    assert own_output(head(text)) is None
    assert data_kind(head(text)) is None


def test_an_empty_export_is_still_known() -> None:
    for fmt in ("csv", "md", "atom"):
        assert own_output(head(written(fmt, [], note=NOTE))) == OwnOutput(fmt), fmt
    assert written("jsonl", []) == ""  # nothing to know it by, and nothing to import


PIECES = st.sampled_from(
    [*'{}[]",:;\t\n\r \\0a#_<>·\x00é', '"id"', '"source"', '"source_kind"', '"external_id"',
     "## 2024-01-01 10:00 UTC · x\n\n", "<feed>", "<id>tag:tg-archiver.invalid,2024:feed/",
     "id,source,", "_Generated by tg-archiver_\n"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.lists(PIECES, max_size=80).map("".join)))
def test_any_head_is_told_without_an_error(data: bytes | str) -> None:
    head = data.encode() if isinstance(data, str) else data
    own_output(head)
    data_kind(head)

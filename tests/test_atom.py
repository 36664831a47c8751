"""archive/atom.py: the Atom writer shared by `serve` and `export --format atom`."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import feedparser
from conftest import export_row
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tg_archiver.archive.atom import entry_id, headline, write_feed
from tg_archiver.archive.summary import headline_and_summary

LINES = st.lists(
    st.one_of(
        st.sampled_from(
            ["", "🇷🇺🇨🇳", "#SCO #BRICS", "Key points:", "Read in full: https://t.me/x/1",
             "MFA Russia | @MID_Russia", "🔹 The sides met. They agreed.", "Dr. Smith spoke."]
        ),
        st.text(max_size=80),
    ),
    max_size=8,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(lines=LINES, title=st.one_of(st.none(), st.text(max_size=40)))
@example(lines=["0?", "🔹 The sides met. They agreed."], title=None)  # a question, then words
def test_headline_reads_the_first_lines_only_and_says_the_same(
    lines: list[str], title: str | None
) -> None:
    text = "\n".join(lines)
    row = export_row(1, text, title=title)
    assert headline(row) == headline_and_summary(title, text, limit=0)[0]


def test_control_characters_and_markup_make_well_formed_xml() -> None:
    row = export_row(
        7,
        "Bell \x07 and NUL-free \x1b[1m escape </content><script>x</script> & more",
        title="<title> \x0b",
        url="javascript:alert(1)",
        edited_at=datetime(2024, 3, 5, tzinfo=UTC),
    )
    out = io.StringIO()
    assert write_feed([row], out, title="t & <t>", name="x/y") == 1
    feed = feedparser.parse(out.getvalue().encode())
    assert not feed.bozo, feed.get("bozo_exception")
    [entry] = feed.entries
    assert "</content><script>x</script> & more" in entry.content[0].value
    assert entry.id == entry_id(row)
    assert "link" not in entry or "javascript" not in entry.link
    assert feed.feed.updated == entry.updated == "2024-03-05T00:00:00Z"  # the edit

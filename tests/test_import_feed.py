from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tg_archiver.archive.errors import InputError, SourceError
from tg_archiver.archive.importers import feed as feed_module
from tg_archiver.archive.importers.feed import (
    MAX_ENTRY_ADDRESS_CHARS,
    MAX_ENTRY_CHARS,
    MAX_FEED_TITLE_CHARS,
    fetch_feed,
    html_to_text,
    parse_feed,
    read_feed_file,
)

FETCHED_AT = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
FEED_URL = "https://news.example.org/rss"

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example News &amp; Views</title>
  <link>https://news.example.org/</link>
  <description>All the news</description>
  <item>
    <title>SCO summit opens</title>
    <link>https://news.example.org/sco-summit</link>
    <guid isPermaLink="false">news-1001</guid>
    <pubDate>Wed, 17 May 2023 13:30:00 +0300</pubDate>
    <category>SCO</category>
    <category>Diplomacy</category>
    <author>desk@example.org (Desk)</author>
    <description>Short summary</description>
    <content:encoded><![CDATA[<p>Leaders met in Astana &amp; agreed.</p>
      <ul><li>Trade</li><li>Security</li></ul>
      <script>alert(1)</script><p>Tom&#39;s&nbsp;view:   &lt;none&gt;</p>]]></content:encoded>
  </item>
  <item>
    <title>No guid here</title>
    <link>https://news.example.org/no-guid</link>
    <pubDate>Thu, 18 May 2023 08:00:00 GMT</pubDate>
    <description>Body &lt;b&gt;bold&lt;/b&gt;</description>
  </item>
  <item>
    <title>Undated</title>
    <description>Nothing tells when.</description>
  </item>
  <item>
    <title>Саммит ШОС</title>
    <link>https://news.example.org/ru/shos</link>
    <guid>https://news.example.org/ru/shos</guid>
    <pubDate>Fri, 19 May 2023 09:15:00 +0000</pubDate>
    <description>&lt;p&gt;Лидеры «ШОС» встретились.&lt;/p&gt;</description>
    <category>ШОС</category>
  </item>
</channel>
</rss>
""".encode()

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Ministry Statements</title>
  <link rel="alternate" href="https://mfa.example.org/"/>
  <link rel="self" href="https://mfa.example.org/atom.xml"/>
  <id>urn:uuid:feed-1</id>
  <updated>2023-05-20T12:00:00Z</updated>
  <entry>
    <title type="html">BRICS &amp;amp; partners</title>
    <id>urn:uuid:entry-1</id>
    <link rel="alternate" href="https://mfa.example.org/statements/1"/>
    <published>2023-05-17T10:30:00Z</published>
    <updated>2023-05-18T09:00:00Z</updated>
    <author><name>Press Office</name></author>
    <category term="BRICS"/>
    <summary>Summary only</summary>
    <content type="html">&lt;h2&gt;Statement&lt;/h2&gt;
      &lt;p&gt;Line one&lt;br/&gt;line two&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Unchanged</title>
    <id>urn:uuid:entry-2</id>
    <updated>2023-05-19T07:00:00Z</updated>
    <content type="text">Plain   text body</content>
  </entry>
</feed>
"""


def parse(data: bytes, url: str = FEED_URL):
    return parse_feed(data, url=url, fetched_at=FETCHED_AT)


# --- html_to_text ----------------------------------------------------------------------------


def test_html_to_text_turns_blocks_into_lines_and_drops_scripts() -> None:
    html = (
        "<h1>Title</h1><div>a <b>bold</b>\n  word</div><ul><li>one</li><li>two</li></ul>"
        "<style>p{}</style><script>x()</script><p>Fish &amp; chips&nbsp;&nbsp;here<br>next</p>"
        "<blockquote>quoted</blockquote><table><tr><td>c1</td><td>c2</td></tr></table>"
    )
    assert html_to_text(html) == (
        "Title\n\na bold word\n• one\n• two\n\nFish & chips here\nnext\n\nquoted\n\nc1 c2"
    )


def test_html_to_text_of_plain_text_is_unchanged() -> None:
    assert html_to_text("just text, 5 > 3") == "just text, 5 > 3"


def test_html_to_text_keeps_line_breaks_inside_pre() -> None:
    assert html_to_text("<pre>a\nb</pre>") == "a\nb"


# --- RSS -------------------------------------------------------------------------------------


def test_rss_feed_title_and_source() -> None:
    result = parse(RSS)
    assert result.title == "Example News & Views"
    assert result.warning is None
    source = result.posts[0].source
    assert (source.kind, source.key, source.title) == ("feed", FEED_URL, "Example News & Views")
    assert source.url == "https://news.example.org/"


def test_rss_entry_prefers_content_and_converts_html_to_text() -> None:
    post = parse(RSS).posts[0]
    assert post.external_id == "news-1001"
    assert post.title == "SCO summit opens"
    assert (
        post.text == "Leaders met in Astana & agreed.\n\n• Trade\n• Security\n\nTom's view: <none>"
    )
    assert post.url == "https://news.example.org/sco-summit"
    assert post.published_at == datetime(2023, 5, 17, 10, 30, tzinfo=UTC)
    assert post.edited_at is None
    assert post.categories == ("SCO", "Diplomacy")
    assert post.author == "desk@example.org (Desk)"


def test_rss_entry_without_guid_is_identified_by_its_link() -> None:
    post = parse(RSS).posts[1]
    assert post.external_id == "https://news.example.org/no-guid"
    assert post.text == "Body bold"


def test_rss_entry_without_guid_or_link_gets_a_stable_content_id() -> None:
    first = parse(RSS).posts[2]
    again = parse(RSS).posts[2]
    assert first.external_id.startswith("sha1:")
    assert first.external_id == again.external_id
    assert first.url is None


def test_rss_entry_without_date_is_dated_when_fetched() -> None:
    post = parse(RSS).posts[2]
    assert post.published_at == FETCHED_AT
    assert post.edited_at is None


def test_rss_cyrillic_entry() -> None:
    post = parse(RSS).posts[3]
    assert post.title == "Саммит ШОС"
    assert post.text == "Лидеры «ШОС» встретились."
    assert post.categories == ("ШОС",)
    assert post.external_id == "https://news.example.org/ru/shos"


# --- Atom ------------------------------------------------------------------------------------


def test_atom_entry_with_edit_time_and_html_title() -> None:
    result = parse(ATOM)
    assert result.title == "Ministry Statements"
    post = result.posts[0]
    assert post.source.url == "https://mfa.example.org/"
    assert post.external_id == "urn:uuid:entry-1"
    assert post.title == "BRICS & partners"
    assert post.text == "Statement\n\nLine one\nline two"
    assert post.published_at == datetime(2023, 5, 17, 10, 30, tzinfo=UTC)
    assert post.edited_at == datetime(2023, 5, 18, 9, 0, tzinfo=UTC)
    assert post.author == "Press Office"
    assert post.categories == ("BRICS",)


def test_atom_entry_with_only_updated_date_is_published_then() -> None:
    post = parse(ATOM).posts[1]
    assert post.published_at == datetime(2023, 5, 19, 7, 0, tzinfo=UTC)
    assert post.edited_at is None
    assert post.text == "Plain   text body"  # text/plain is kept as delivered


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello, this is not XML at all",
        b"<html><head><title>Home</title></head><body><p>Welcome</p></body></html>",
        b'{"items": []}',
    ],
)
def test_document_that_is_not_a_feed_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^https://news\.example\.org/rss: not an RSS or Atom"):
        parse(data)


def test_bytes_are_never_taken_for_a_file_path(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_bytes(RSS)
    with pytest.raises(InputError):
        parse(str(secret).encode())


def test_malformed_feed_with_entries_is_returned_with_a_warning() -> None:
    broken = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Broken</title>"
        b"<item><title>First</title><guid>g1</guid><description>ok &amp; fine</description></item>"
        b"<item><title>Second</title><guid>g2</guid><description>cut off</description>"
        b"</channel>"
    )
    result = parse(broken)
    assert [p.external_id for p in result.posts] == ["g1", "g2"]
    assert result.posts[0].text == "ok & fine"
    assert result.warning is not None
    assert "\n" not in result.warning


def test_entry_with_nul_character_is_skipped_with_a_note() -> None:
    data = (
        b"<rss version='2.0'><channel><title>X</title>"
        b"<item><guid>ok-1</guid><description>fine</description></item>"
        b"<item><guid>bad-1</guid><description>nul\x00here</description></item></channel></rss>"
    )
    result = parse(data)
    assert [p.external_id for p in result.posts] == ["ok-1"]
    assert result.notes == (f"{FEED_URL}: entry 'bad-1' skipped: it contains NUL characters",)


def test_entry_over_the_size_limit_is_skipped_with_a_note() -> None:
    body = "x" * (MAX_ENTRY_CHARS + 1)
    data = (
        f"<rss version='2.0'><channel><title>X</title>"
        f"<item><guid>huge-1</guid><description>{body}</description></item>"
        f"<item><guid>ok-1</guid><description>fine</description></item></channel></rss>"
    ).encode()
    result = parse(data)
    assert [p.external_id for p in result.posts] == ["ok-1"]
    assert result.notes == (
        f"{FEED_URL}: entry 'huge-1' skipped: its text is 1 000 001 characters,"
        " over the limit of 1 000 000",
    )


@pytest.mark.parametrize(
    ("label", "item"),
    [
        ("link", "<guid>huge-1</guid><link>https://e.org/{long}</link>"),
        ("id", "<guid isPermaLink='false'>huge-1{long}</guid>"),
        ("author", "<guid>huge-1</guid><author>{long}</author>"),
    ],
)
def test_an_entry_whose_link_id_or_author_is_over_its_limit_is_skipped(
    label: str, item: str
) -> None:
    """A 20 MB <link> and <guid> of one item were stored as they were (61 MB for two posts of
    a 40 MB feed, again at each poll with a new guid): an address is no text, and the text's
    bound did not hold it. The note quotes the id cut short."""
    long = "a" * (MAX_ENTRY_ADDRESS_CHARS + 1)
    data = (
        "<rss version='2.0'><channel><title>X</title>"
        f"<item>{item.format(long=long)}<description>hostile</description></item>"
        "<item><guid>ok-1</guid><description>fine</description></item></channel></rss>"
    ).encode()
    result = parse(data)
    assert [p.external_id for p in result.posts] == ["ok-1"]
    [note] = result.notes
    shown = "huge-1" if label != "id" else "huge-1" + "a" * 94 + "…"
    size = {"link": "65 551", "id": "65 543", "author": "65 537"}[label]
    assert note == (
        f"{FEED_URL}: entry {shown!r} skipped: its {label} is {size} characters,"
        " over the limit of 65 536"
    )


# --- files -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("element", "xmlns"),
    [
        ("<category>c{}</category>", ""),
        ("<dc:subject>c{}</dc:subject>", " xmlns:dc='http://purl.org/dc/elements/1.1/'"),
    ],
)
def test_an_entry_keeps_its_first_categories_up_to_the_limit(element: str, xmlns: str) -> None:
    # feedparser compares each category with all before it: 40,000 in one entry took 26 s.
    many = "".join(element.format(n) for n in range(feed_module.MAX_ENTRY_CATEGORIES * 3))
    data = (
        f"<rss version='2.0'{xmlns}><channel><title>X</title>"
        f"<item><guid>tags-1</guid><title>t</title>{many}<description>x</description></item>"
        f"<item><guid>ok-1</guid><category>SCO</category><description>fine</description></item>"
        f"</channel></rss>"
    ).encode()
    result = parse(data)
    tagged, ok = result.posts
    assert tagged.categories == tuple(f"c{n}" for n in range(feed_module.MAX_ENTRY_CATEGORIES))
    assert tagged.text == "x"
    assert (ok.external_id, ok.categories) == ("ok-1", ("SCO",))
    assert result.notes == (f"{FEED_URL}: entry 'tags-1': only its first 1 000 categories kept",)


def test_read_feed_file_keys_the_source_by_file_uri(tmp_path: Path) -> None:
    path = tmp_path / "news.xml"
    path.write_bytes(ATOM)
    result = read_feed_file(path, fetched_at=FETCHED_AT)
    assert result.posts[0].source.key == path.resolve().as_uri()
    assert result.posts[0].source.key.startswith("file://")


def test_read_feed_file_missing_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.xml: cannot read"):
        read_feed_file(tmp_path / "missing.xml", fetched_at=FETCHED_AT)


# --- HTTP ------------------------------------------------------------------------------------


async def test_fetch_200_parses_and_returns_validators(
    httpserver: HTTPServer, client: httpx.AsyncClient
) -> None:
    httpserver.expect_request("/rss").respond_with_data(
        RSS,
        content_type="application/rss+xml",
        headers={"ETag": '"v1"', "Last-Modified": "Wed, 17 May 2023 10:30:00 GMT"},
    )
    url = httpserver.url_for("/rss")
    fetched = await fetch_feed(url, client=client, fetched_at=FETCHED_AT)
    assert fetched.status == 200
    assert fetched.etag == '"v1"'
    assert fetched.last_modified == "Wed, 17 May 2023 10:30:00 GMT"
    assert fetched.final_url == url
    assert fetched.result is not None
    assert len(fetched.result.posts) == 4
    assert fetched.result.posts[0].source.key == url


async def test_fetch_304_round_trips_the_etag(
    httpserver: HTTPServer, client: httpx.AsyncClient
) -> None:
    httpserver.expect_request("/rss", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304
    )
    httpserver.expect_request("/rss").respond_with_data(RSS, headers={"ETag": '"v1"'})
    url = httpserver.url_for("/rss")

    first = await fetch_feed(url, client=client, fetched_at=FETCHED_AT)
    assert first.status == 200
    second = await fetch_feed(url, client=client, fetched_at=FETCHED_AT, etag=first.etag)
    assert second.status == 304
    assert second.result is None
    assert second.etag == '"v1"'


async def test_fetch_sends_if_modified_since(
    httpserver: HTTPServer, client: httpx.AsyncClient
) -> None:
    stamp = "Wed, 17 May 2023 10:30:00 GMT"
    httpserver.expect_request("/rss", headers={"If-Modified-Since": stamp}).respond_with_data(
        "", status=304
    )
    fetched = await fetch_feed(
        httpserver.url_for("/rss"), client=client, fetched_at=FETCHED_AT, last_modified=stamp
    )
    assert (fetched.status, fetched.last_modified) == (304, stamp)


async def test_fetch_http_500_is_a_source_error(
    httpserver: HTTPServer, client: httpx.AsyncClient
) -> None:
    httpserver.expect_request("/rss").respond_with_data("oops", status=500)
    url = httpserver.url_for("/rss")
    with pytest.raises(SourceError) as info:
        await fetch_feed(url, client=client, fetched_at=FETCHED_AT)
    assert str(info.value) == f"{url}: HTTP 500"


async def test_fetch_follows_redirects_but_keeps_the_configured_key(
    httpserver: HTTPServer, client: httpx.AsyncClient
) -> None:
    new_url = httpserver.url_for("/new.xml")
    httpserver.expect_request("/old").respond_with_response(
        Response(status=301, headers={"Location": new_url})
    )
    httpserver.expect_request("/new.xml").respond_with_data(ATOM)
    old_url = httpserver.url_for("/old")
    fetched = await fetch_feed(old_url, client=client, fetched_at=FETCHED_AT)
    assert fetched.status == 200
    assert fetched.final_url == new_url
    assert fetched.result is not None
    assert fetched.result.posts[0].source.key == old_url


async def test_fetch_timeout_is_a_source_error(
    httpserver: HTTPServer, client: httpx.AsyncClient
) -> None:
    def slow(request: Request) -> Response:
        time.sleep(0.5)
        return Response(RSS)

    httpserver.expect_request("/slow").respond_with_handler(slow)
    url = httpserver.url_for("/slow")
    with pytest.raises(SourceError) as info:
        await fetch_feed(url, client=client, fetched_at=FETCHED_AT, timeout=0.1)
    assert str(info.value) == f"{url}: timed out after 0.1s"


async def test_fetch_of_a_page_that_is_not_a_feed_is_a_source_error(
    httpserver: HTTPServer, client: httpx.AsyncClient
) -> None:
    httpserver.expect_request("/page").respond_with_data(
        "<html><body>hi</body></html>", content_type="text/html"
    )
    with pytest.raises(SourceError, match="not an RSS or Atom feed"):
        await fetch_feed(httpserver.url_for("/page"), client=client, fetched_at=FETCHED_AT)


async def test_fetch_connection_refused_is_a_source_error(client: httpx.AsyncClient) -> None:
    # Port 9 (discard) on loopback is closed on any sane test machine.
    with pytest.raises(SourceError, match=r"^http://127\.0\.0\.1:9/rss: connection failed"):
        await fetch_feed("http://127.0.0.1:9/rss", client=client, fetched_at=FETCHED_AT)


@pytest.mark.parametrize("chunked", [False, True])
async def test_fetch_refuses_a_body_over_the_cap(
    httpserver: HTTPServer,
    client: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch,
    chunked: bool,
) -> None:
    monkeypatch.setattr(feed_module, "MAX_FEED_BYTES", 1000)
    body = RSS * 2
    assert len(body) > 1000
    # A generator body goes out chunked, with no Content-Length to trust.
    response = Response(iter([body[:500], body[500:]]) if chunked else body)
    httpserver.expect_request("/big").respond_with_response(response)
    with pytest.raises(SourceError, match="too large"):
        await fetch_feed(httpserver.url_for("/big"), client=client, fetched_at=FETCHED_AT)


def test_an_entry_with_nul_in_its_id_link_author_or_category_is_skipped() -> None:
    data = (
        b"<rss version='2.0'><channel><title>X</title>"
        b"<item><guid>ok-1</guid><description>fine</description></item>"
        b"<item><guid>bad&#0;1</guid><description>id</description></item>"
        b"<item><guid>bad-2</guid><author>a&#0;b</author><description>author</description></item>"
        b"<item><guid>bad-3</guid><category>c&#0;d</category><description>tag</description></item>"
        b"</channel></rss>"
    )
    result = parse(data)
    assert [p.external_id for p in result.posts] == ["ok-1"]
    assert len(result.notes) == 3
    assert all("skipped: it contains NUL characters" in n for n in result.notes)


def test_a_feeds_title_is_cut_to_its_limit_with_a_note() -> None:
    """The source's name, which every page listing sources shows: a 10 MB <title> made the
    web's front page 30 MB for every visitor."""
    title = "T" * (MAX_FEED_TITLE_CHARS + 5)
    data = (
        f"<rss version='2.0'><channel><title>{title}</title><link>https://e.org/{'a' * 70_000}"
        "</link><item><guid>ok-1</guid><description>fine</description></item></channel></rss>"
    ).encode()
    result = parse(data)
    assert result.title == "T" * MAX_FEED_TITLE_CHARS
    assert [(p.source.title, p.source.url) for p in result.posts] == [
        ("T" * MAX_FEED_TITLE_CHARS, None)
    ]
    assert result.notes == (
        f"{FEED_URL}: its title is 1 005 characters; its first 1 000 are the source's name",
    )


def test_a_category_too_long_to_be_a_tag_is_noted_not_dropped_in_silence() -> None:
    # Hostile round 10: a category over 256 characters made no tag and nothing said so.
    long = "Geopolitics " * 30  # 360 characters
    data = (
        "<rss version='2.0'><channel><title>X</title>"
        f"<item><guid>long-1</guid><category>SCO</category><category>{long}</category>"
        "<description>x</description></item>"
        "</channel></rss>"
    ).encode()
    result = parse(data)
    (post,) = result.posts
    assert post.categories == ("SCO", long.strip())  # read as it came; the note says why
    assert result.notes == (
        f"{FEED_URL}: entry 'long-1': 1 category over 256 characters made no tag"
        " (359 characters: 'Geopolitics Geopolitics Geopolitics Geop'…)",
    )

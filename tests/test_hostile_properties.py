"""Property tests over hostile text: cleaning, tags, query parsing, digest splitting, pipeline.

Hypothesis draws any Unicode (RTL text and bidi controls, combining marks, emoji ZWJ
sequences, NUL, lone surrogates, odd line breaks) mixed with lines that exercise each rule
(boilerplate, repeated long lines, hashtags, FTS5 syntax). Example counts are kept small so
the module runs in a few seconds in CI; the "ci" profile is the default:

    pytest tests/test_hostile_properties.py                               # ci: 60 a test
    HYPOTHESIS_PROFILE=thorough pytest tests/test_hostile_properties.py   # 2000 a test

(the digest test runs half of that, the one that writes real archives a quarter).
"""

from __future__ import annotations

import asyncio
import os
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import CHANNEL, TOPICS
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from telethon.extensions import html as tl_html

from tg_archiver.archive.cleaning import DEFAULT_BOILERPLATE, clean_text, normalise
from tg_archiver.archive.digest import (
    MAX_ENTITIES,
    MAX_UTF16,
    DigestOptions,
    by_topic,
    compose_digest,
    count_entities,
    utf16_len,
)
from tg_archiver.archive.digest_items import DigestItem, group_items
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.models import Post
from tg_archiver.archive.pipeline import PipelineOptions, prepare
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import ExportFilter, Store
from tg_archiver.archive.tags import extract_hashtags, extract_tags, tag_key

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("thorough", parent=settings.get_profile("ci"), max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
EXAMPLES = settings.default.max_examples  # the slower tests below run a share of it

# -- strategies ---------------------------------------------------------------------------------

SPECIMENS = [
    "مرحبا بالعالم",  # Arabic, right to left
    "שלום \u202eעולם\u202c",  # Hebrew with a right-to-left override
    "e\u0301te\u0301 cafe\u0301",  # combining acute accents (NFC composes them)
    "\u0928\u092e\u0938\u094d\u0924\u0947",  # Devanagari with a virama
    "👩\u200d👩\u200d👧\u200d👦 family",  # emoji ZWJ sequence
    "🇷🇺🇨🇳 flags 👍🏽",
    "a\x00b",  # NUL
    "lone \ud800 high",  # lone surrogates, as a broken UTF-16 source gives them
    "lone \udfff low",
    "line\u2028separator\x85next\x0bvt\x0cff",
    "zero\u200bwidth\ufeffbom",
    "\t  indented  \t",
    "#ШОС #SCO #भारत C# a#b https://x.org/#frag &#x27;",
    "Shanghai Cooperation Organisation",
    "'; DROP TABLE posts;-- \" NEAR( * ^ text: ( ) OR AND NOT",
    "VIEW IN TELEGRAM",
    "view in telegram ›",
    "Media is too big",
    "A long sentence of the post that is more than twenty characters.",
    "Another long sentence, also well over the twenty character mark.",
    "🔹 Another long sentence, also well over the twenty",  # a copy with another bullet, cut
    "character mark. A long sentence of the post that is",  # two lines of a copy joined
    "Sentence of the post",  # a part of a line, alone: a refrain
    "Read in full",
    "",
    "   ",
]

any_char = st.characters(exclude_categories=())  # every code point, surrogates included
any_text = st.text(alphabet=any_char, max_size=60)
# What the store can hold: SQLite takes no lone surrogates (the pipeline refuses them).
stored_text = st.text(max_size=60)
line = st.one_of(st.sampled_from(SPECIMENS), any_text)
line_breaks = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\n\n\n"])


@st.composite
def posts_text(draw: st.DrawFn) -> str:
    """Lines drawn from a small pool, so repeats (and repeated blocks) are common."""
    pool = draw(st.lists(line, min_size=1, max_size=8))
    lines = draw(st.lists(st.sampled_from(pool), max_size=16))
    out = ""
    for text in lines:
        out += text + draw(line_breaks)
    return out


def keys(text: str) -> list[str]:
    """Distinct non-blank lines, compared as cleaning compares them (inner whitespace folded)."""
    seen: dict[str, None] = {}
    for raw in text.split("\n"):
        key = " ".join(raw.split())
        if key:
            seen.setdefault(key)
    return list(seen)


def boilerplate_key(raw: str) -> str:
    # Mirrors archive.cleaning's rule independently: case, spacing, trailing P*/S* ignored.
    import unicodedata

    key = " ".join(raw.casefold().split())
    trimmed = key
    while trimmed and (trimmed[-1].isspace() or unicodedata.category(trimmed[-1])[0] in "PS"):
        trimmed = trimmed[:-1]
    return trimmed or key


BOILERPLATE_KEYS = {boilerplate_key(b) for b in DEFAULT_BOILERPLATE}


# -- cleaning -----------------------------------------------------------------------------------


@given(posts_text())
def test_cleaning_keeps_every_distinct_line_that_is_not_boilerplate_or_a_copy(text):
    """The only lines cleaning may remove: boilerplate lines (drop_boilerplate) and lines whose
    words already stand in the post (remove_repeated_blocks: a copy, even with other emoji,
    bullets or punctuation, split, joined or cut short). So every line that is not boilerplate
    and brings a word sequence of its own survives, lines keep their order, none is invented,
    and no long line has the words of another."""
    clean = clean_text(text)

    wanted = [k for k in keys(normalise(text)) if boilerplate_key(k) not in BOILERPLATE_KEYS]
    kept = keys(clean)
    assert kept == [k for k in wanted if k in set(kept)]  # a subsequence: order, nothing new
    clean_words = WORD.findall(clean)
    for dropped in (k for k in wanted if k not in set(kept)):
        words = WORD.findall(dropped)
        if not words:
            pytest.fail(f"a line without words vanished: {dropped!r}")
        assert in_order(words, clean_words), dropped
    long_words = [tuple(WORD.findall(k)) or k for k in kept if len(k) >= 20]
    assert len(set(long_words)) == len(long_words)
    assert clean == normalise(clean)  # no stray blank runs, trailing spaces or edge blanks
    assert clean_text(clean) == clean  # cleaning a clean text changes nothing


WORD = re.compile(r"\w+")


def in_order(words: list[str], text_words: list[str]) -> bool:
    """Whether ``words`` appear in ``text_words`` in this order (the last one maybe cut short)."""
    position = iter(text_words)
    return all(any(w == t for t in position) for w in words[:-1]) and any(
        t.startswith(words[-1]) for t in position
    )


# -- tags ---------------------------------------------------------------------------------------


@given(posts_text(), st.lists(any_text, max_size=3), st.lists(any_text, max_size=3))
def test_tags_never_crash_and_are_unique_non_empty_names(text, entity_tags, categories):
    tags = extract_tags(text, TOPICS, entity_hashtags=entity_tags, categories=categories)

    names = [t.name for t in tags]
    assert all(n.strip() for n in names)
    assert len({tag_key(n) for n in names}) == len(names)
    for body in extract_hashtags(text):
        assert "#" + body in normalise(text) or "#" + body in text
        assert tag_key(TOPICS.topic_for_hashtag(body) or body) in {tag_key(n) for n in names}


@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=12), posts_text())
def test_a_hashtag_of_letters_between_spaces_is_always_found(word, around):
    tags = extract_tags(f"{around}\n #{word} \n", TOPICS)

    wanted = TOPICS.topic_for_hashtag(word) or word
    assert tag_key(wanted) in {tag_key(t.name) for t in tags}


# -- query parsing ------------------------------------------------------------------------------

_FTS_STRING = re.compile(r'"(?:[^"]|"")*"\*?')
# Our operators, and our column filters: the columns as stored and the word forms.
_OUR_OPERATORS = re.compile(r"[\s()]|AND|OR|NOT|\{title clean_text\} :|search_stems :")

QUERY_PIECES = ['"', "'", "(", ")", "*", "^", "-", ":", "text:", "title:", "clean_text:",
                "NEAR(", "NEAR/2", "{title}:", "AND", "OR", "NOT", "tag:", "since:", "'; DROP",
                "TABLE posts;--", "\x00", "\ud800", "astana", "#SCO", "e\u0301", " ",
                "  "]  # fmt: skip
query_text = st.one_of(any_text, st.lists(st.sampled_from(QUERY_PIECES), max_size=12).map("".join))


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE posts_fts USING fts5"
        " (title, clean_text, search_stems, tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.execute(
        "INSERT INTO posts_fts VALUES ('Astana', 'talks in astana on the #SCO', 'talk in astana')"
    )
    return conn


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query_text)
def test_any_search_text_parses_to_quoted_fts5_or_a_clear_error(fts, text):
    try:
        query = parse_query(text)
    except InputError as e:
        assert str(e) and "\n" not in str(e)
        return
    if query.match is None:
        return
    # Everything the user typed is inside an FTS5 string; outside them only our operators.
    assert _OUR_OPERATORS.sub("", _FTS_STRING.sub("", query.match)) == ""
    fts.execute("SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?", (query.match,)).fetchall()


# -- digest splitting ---------------------------------------------------------------------------

START = datetime(2024, 3, 1, tzinfo=UTC)
_SURROGATE = re.compile("[\ud800-\udfff]")


@st.composite
def digest_rows(draw: st.DrawFn) -> list[ExportRow]:
    n = draw(st.integers(1, 40))
    rows = []
    for i in range(1, n + 1):
        text = draw(st.one_of(posts_text(), st.text(max_size=600)))
        # Bulk and auto-detected entities (hashtags, mentions, links), so messages must split.
        filler = draw(st.sampled_from(["word ", "#tag @who $USD ", "https://x.org/a ", "ص "]))
        text += " " + filler * draw(st.integers(0, 150))
        tags = draw(st.lists(st.sampled_from(["SCO", "CIS", "BRICS"]), min_size=1, max_size=2))
        # A copy points at an original (a row that is no copy itself), as the store links them.
        originals = [r.id for r in rows if r.duplicate_of is None]
        dup = draw(st.one_of(st.none(), st.sampled_from(originals))) if originals else None
        rows.append(
            ExportRow(
                id=i,
                source=f"src{draw(st.integers(0, 5))}",
                source_kind="telegram",
                source_title=draw(st.one_of(st.none(), stored_text)),
                external_id=str(i),
                url=f"https://t.me/c/{i}",
                title=draw(st.one_of(st.none(), stored_text)),
                published_at=START + timedelta(minutes=i),
                edited_at=None,
                forwarded_from=None,
                text=_SURROGATE.sub("", text),
                tags=tuple(dict.fromkeys(tags)),
                duplicate_of=dup,
                media=(),
            )
        )
    return rows


@settings(max_examples=EXAMPLES // 2)
@given(digest_rows(), st.integers(0, 600), st.integers(1, 20))
def test_digest_messages_stay_in_telegram_limits_and_keep_every_story_whole(
    rows, excerpt, per_topic
):
    options = DigestOptions(
        "Morning #digest " * 3, ("SCO", "CIS"), max_items_per_topic=per_topic, excerpt_chars=excerpt
    )
    messages = compose_digest(rows, options, since=START, until=START + timedelta(days=1))

    for message in messages:
        assert utf16_len(message) <= MAX_UTF16
        assert count_entities(message) <= MAX_ENTITIES
        shown, entities = tl_html.parse(message)  # what Telegram would get
        assert utf16_len(shown) <= MAX_UTF16 and len(entities) <= MAX_ENTITIES
    # Each story's lead shows once, its link whole, in one message: never split or dropped.
    # The stories are the digest's own (archive.digest_items: copies, a channel's flash and
    # its full story, a translation folded; a lead that says nothing is none), whose rules
    # their own tests check; here, that every one of them fits and shows.
    stories = [item for item in group_items(rows) if {"sco", "cis"} & item.tag_keys]
    joined = "\n".join(messages)
    event(f"messages: {min(len(messages), 3)}{'+' if len(messages) > 3 else ''}")
    for item in stories:
        assert joined.count(f'href="{item.lead.url}"') <= 1
    listed = sum(f'href="{item.lead.url}">' in joined for item in stories)
    assert listed == _shown_count(stories, options)


def _shown_count(stories: list[DigestItem], options: DigestOptions) -> int:
    """Stories the digest lists: under the topic each is most about (archive.digest_topics,
    whose rule its own tests check; a story and its copy tagged one topic each may go under
    either), at most ``max_items_per_topic`` a topic."""
    per_topic = options.max_items_per_topic
    return sum(min(len(items), per_topic) for items in by_topic(stories, options).values())


# -- the pipeline, down to a real archive --------------------------------------------------------


def _post(n: int, text: str, title: str | None) -> Post:
    return Post(
        source=CHANNEL,
        external_id=str(n),
        published_at=START,
        text=text,
        title=title,
        hashtags=("ШОС",),
    )


@given(posts_text(), st.one_of(st.none(), any_text))
def test_pipeline_prepares_any_text_or_refuses_it_clearly(text, title):
    try:
        prepared = prepare(_post(1, text, title), PipelineOptions(topics=TOPICS))
    except InputError as e:
        assert "NUL" in str(e) or "surrogate" in str(e)
        return
    assert prepared.clean_text == clean_text(text)
    assert len(prepared.content_hash) == 32


@settings(max_examples=EXAMPLES // 4)
@given(st.lists(posts_text(), min_size=1, max_size=5))
def test_store_takes_every_prepared_post(tmp_path_factory, texts):
    db: Path = tmp_path_factory.mktemp("prop") / "a.db"

    async def run() -> None:
        store = await Store.open(db)
        try:
            prepared = []
            for n, text in enumerate(texts):
                try:
                    prepared.append(prepare(_post(n, text, None), PipelineOptions(topics=TOPICS)))
                except InputError:
                    continue
            async with store.transaction():
                await store.ingest(prepared, now=START)
            assert await store.count_posts(ExportFilter()) == len(prepared)
        finally:
            await store.close()

    asyncio.run(run())

"""Hostile input, round 14: the whole search, its filters as well as its MATCH string.

`5 Марта` (a month with a capital beside its day) once failed the whole search with SQLite's
'near ")": syntax error': the query's filters (text as written, given names, a day's years,
quantities, percentages, currencies, namesakes) built SQL that no test had tried. Here any query
made of pieces reaching every filter runs through ``Store.search`` in both orders on both
engines (a SQLite file, a real PostgreSQL database) over a small real archive of Russian and
English posts: results, or an InputError of one line, never anything else.

The store turns a database's refusal into an InputError too (``cannot search for '5 Марта':
near ")": syntax error``), a safety net that hid the bug behind one line: so a query the parser
took must be run, and only the parser may refuse one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from conftest import TOPICS, ingest, make_post
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store

POSTS = [
    "5 марта Сергей Лавров встретился в Астане с генсеком ООН. #ШОС",
    "С.В. Лавров: США и НАТО обсудят 5,3 млрд $ помощи; инфляция 7,5% в марте 2025 года.",
    "On March 5th, 2025 the US and WHO pledged $5 million; Sergey Lavrov spoke in Astana.",
    "Мария Захарова, брифинг 05.03: 300 тыс. ₽ на гуманитарную помощь, рост ВВП 3%.",
    "Shanghai Cooperation Organisation summit on 5.3.25: 10 km of new road, 40 °C heat. #SCO",
    "Лавров Сергей Викторович прибыл в Минск 12 апреля. СНГ, #СНГ, ЕАЭС.",
    "NATO and the EU: «Брифинг» — 2 billion euros (€2bn) for Kyiv 🇺🇦 🔥 on 1 May.",
]

# Pieces that reach every filter: months beside days and years in any capitals, words as
# written (capitals, abbreviations), given names, quantities, percentages, currencies,
# namesakes, hashtags, quotes and operators, typos and keyboard-layout slips, mixed scripts.
PIECES = [
    "5 Марта", "МАРТА 5", "5 марта 2025", "5 МАРТА 2025 ГОДА", "марта", "Март", "March 5th",
    "MARCH 5", "march", "5th of March 2025", "05.03", "5.3.25", "2025", "1 May", "12 апреля",
    "США", "US", "WHO", "ООН", "НАТО", "NATO", "ЕАЭС", "EU", "ВВП",
    "Сергей Лавров", "С.В. Лавров", "Лавров Сергей", "Лавров С.В.", "Сергей Викторович",
    "Кирилл Лавров", "Sergey Lavrov", "S. Lavrov", "Мария Захарова", "М.В.Захаровой",
    "5 млрд", "5,3 млрд $", "300 тыс.", "$5 million", "5 million", "7,5%", "3 %", "50%",
    "₽", "300 ₽", "€2bn", "2 billion", "10 km", "40 °C", "#ШОС", "#SCO", "#", "##",
    '"', '"5 марта"', "«Брифинг»", "'", "OR", "AND", "NOT", "-", "-США", "*", "Лавр*", "*since",
    "Лавров *since",
    "tag:ШОС", "tag:", "source:example_mfa", "source:", "since:2024-03-01", "since:",
    "until:2024-03-05", "since:5 марта", "Лаврв", "Захорова", "kfdhjd", "Kfdhjd", "ыщгкс",
    "Астанa", "Aстана", "Moсква", "🔥", "🇺🇦", "(", ")", "^", ":", "NEAR(", "NEAR/2",
    "{title}:", "title:", "text:", "'; DROP", "TABLE posts;--", "e\u0301", "\u0301", "?",
    "Что сказал Лавров?", "%", "$", "5", "0", "99999999999999999999", "-5", "5-го",
]  # fmt: skip

SEPARATORS = [" ", "", "  ", ", "]


@st.composite
def query_texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6))
    return "".join(p + draw(st.sampled_from(SEPARATORS)) for p in pieces).strip()


@pytest.fixture
async def archive(engine_store: Store) -> AsyncIterator[Store]:
    posts = [make_post(i, text, day=i) for i, text in enumerate(POSTS, start=1)]
    await ingest(engine_store, *posts, now=datetime(2025, 3, 10, tzinfo=UTC))
    yield engine_store


async def searched(store: Store, text: str) -> None:
    """Run ``text`` as the search does, in both orders: results or one line of InputError."""
    try:
        query = parse_query(text, topics=TOPICS)
    except InputError as e:
        assert str(e) and "\n" not in str(e)
        return
    for by_rank in (False, True):
        # Not in a try: the parser took it, so the store runs it (its InputError is a
        # database's refusal of SQL or FTS5 the query built, a bug).
        hits = await store.search(query, by_rank=by_rank)
        assert all(h.row.id > 0 for h in hits)


# A bounded number of examples (about 25 s an engine); a local hunt of 6,000 queries an engine
# over the same pieces found the prefix bug ('Лавров *since', now among them).
@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=query_texts())
async def test_any_search_of_filter_pieces_runs_or_says_why_in_one_line(archive, text):
    await searched(archive, text)


@pytest.mark.parametrize("text", PIECES)
async def test_each_piece_alone_runs_or_says_why_in_one_line(archive, text):
    await searched(archive, text)

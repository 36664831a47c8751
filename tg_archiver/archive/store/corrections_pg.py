"""PostgreSQL's words for a misspelt word's correction (store/corrections.py): the words of the
posts' titles and texts in ``search_words`` (weights A and B, folded as SQLite's word list
is), read through its GIN index. Session 36.
"""

from __future__ import annotations

from typing import Any

from tg_archiver.archive.store.corrections import NEIGHBOURS, alone
from tg_archiver.archive.store.query_pg import words_tsquery_sql

__all__ = ["VectorWords"]

# The words of up to _POSTS posts holding any of them: a word one slip away that only
# posts after those hold is not seen (a common word's posts come first). The candidates
# are letters of one script (misspellings.one_slip), safe in to_tsquery's syntax.
_POSTS = 500
_HELD = (
    "SELECT DISTINCT u.lexeme FROM (SELECT search_words FROM posts"
    " WHERE search_words @@ to_tsquery('simple', $1) LIMIT $2) AS p,"
    " unnest(p.search_words) AS u WHERE u.lexeme = ANY($3::text[])"
    " AND u.weights && ARRAY['A', 'B']"
)
_STARTING = (
    "SELECT DISTINCT u.lexeme FROM (SELECT search_words FROM posts"
    " WHERE search_words @@ to_tsquery('simple', $1) LIMIT $2) AS p,"
    " unnest(p.search_words) AS u WHERE starts_with(u.lexeme, $3)"
    " AND u.weights && ARRAY['A', 'B'] LIMIT $4"
)


class VectorWords:
    """PostgreSQL's words (see the module's notes)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    async def held(self, words: tuple[str, ...]) -> list[str]:
        found: list[str] = []
        for i in range(0, len(words), 500):
            chunk = [w for w in words[i : i + 500] if w.isalnum()]
            if not chunk:
                continue
            tsquery = " | ".join(f"{w}:AB" for w in chunk)
            rows = await self._conn.read_all(_HELD, [tsquery, _POSTS, chunk])
            found += [str(w) for (w,) in rows]
        return found

    async def finds(self, word: str) -> bool:
        args: list[Any] = []
        query = alone(word)
        words = words_tsquery_sql(query, args) if query is not None else None
        if words is None:
            return False
        sql = f"SELECT 1 FROM posts WHERE posts.search_words @@ ({words}) LIMIT 1"
        return bool(await self._conn.read_all(sql, args))

    async def starting(self, prefix: str) -> list[str]:
        if not prefix.isalnum():
            return []
        rows = await self._conn.read_all(_STARTING, [f"{prefix}:*AB", _POSTS, prefix, NEIGHBOURS])
        return [str(w) for (w,) in rows]

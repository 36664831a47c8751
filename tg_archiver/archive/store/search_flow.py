"""What a search does around its engine's own query, the same on SQLite and PostgreSQL: a
namesake typed (Кирилл Лавров) is told apart from the better-known bearer of the surname
(store/namesakes.py), and a search that finds nothing is run again with a misspelt word
corrected (store/corrections.py)."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import replace

from tg_archiver.archive import lazy_re
from tg_archiver.archive.namesakes import WEIGHED
from tg_archiver.archive.query import SearchQuery, searched_as
from tg_archiver.archive.query_terms import Term, scan
from tg_archiver.archive.query_titles import title_words
from tg_archiver.archive.questions import asked_of_posts, may_ask, verbs, verbs_told
from tg_archiver.archive.store.both_scripts import (
    as_the_posts_write,
    has_other_script,
    in_both_scripts,
    one_form_each,
    one_script_query,
    other_script_query,
    scripts_of,
    small_latin_words,
)
from tg_archiver.archive.store.corrections import ArchiveWords, searched_or_corrected
from tg_archiver.archive.store.namesakes import told_apart
from tg_archiver.archive.store.records import Hits, SearchHit

__all__ = ["SearchFlow"]

_TITLED_READ = 200  # a titled search's best posts read to put those holding the title first


def _title(query: SearchQuery) -> re.Pattern[str] | None:
    """The title nouns typed before a name in ``query`` and their twins in the other
    language, as a pattern of a lower-case text's words (query_titles.title_words); None
    when it has none."""
    nouns = " ".join(p.titled for p in query.named if p.titled)
    return title_words(nouns) if nouns else None


def _holds(hit: SearchHit, title: re.Pattern[str]) -> bool:
    """Whether ``hit``'s post holds a word of ``title`` (query_titles.title_words, or a
    question's verbs: questions.verbs_told)."""
    return title.search(f"{hit.row.title or ''} {hit.row.text}".lower()) is not None


def _asked_of_posts(query: SearchQuery) -> tuple[SearchQuery, re.Pattern[str] | None]:
    """``query``, a question, without its verbs (archive/questions.py: "what did Nebenzia say
    about Gaza" finds the Russian post that says «заявил» too), and the words of a post that
    tell them; as it is otherwise, and None."""
    if not may_ask(query.text):
        return query, None  # most searches: no scan again
    terms = [t for t in scan(query.text)[0] if isinstance(t, Term)]
    if not (dropped := verbs(query.text, terms)):
        return query, None
    if (again := searched_as(asked_of_posts(query.text, dropped), query, phrases=True)) is None:
        return query, None
    return again, verbs_told(dropped)


class SearchFlow(ABC):
    """:meth:`search` of an engine that supplies :meth:`_search` (``query`` as it is) and
    :meth:`corrected`."""

    async def search(
        self,
        query: SearchQuery,
        *,
        limit: int = 20,
        offset: int = 0,
        by_rank: bool = False,
        include_duplicates: bool = False,
        with_scores: bool = False,
        rank_from: int | None = None,
        rank_among: Sequence[int] | None = None,
    ) -> Hits:
        """Posts matching ``query``, newest first (or best first with ``by_rank``).

        Hits carry their relevance score when ranked, or newest first with ``with_scores``
        (on SQLite BM25 counts each word's posts in the whole index: dear for a common word,
        so only when asked). ``rank_from``: rank only the matches archived from that id on
        (see ``rank_from``); ``rank_among``: only these posts, matches that pass the filters
        (see ``newest_passing``); every match otherwise. A search that finds nothing is
        searched again with a misspelt word corrected: the hits' ``corrected`` is then the
        query run (:class:`.records.Hits`)."""

        # A question is asked of its names and nouns, not of its verb (archive/questions.py);
        # ranked, the posts that tell the verb come first.
        query, told = _asked_of_posts(query)
        # A title typed before a name is not asked of a post (archive/query_titles.py);
        # ranked, the posts that hold it come first («помощник президента Ушаков»: not the
        # frigate «Адмирал Ушаков») among the best _TITLED_READ, each page cut from them.
        first_held = [p for p in (_title(query), told) if p is not None] if by_rank else []

        async def page(q: SearchQuery, count: int, start: int) -> list[SearchHit]:
            if not first_held:
                return await read(q, count, start)
            # The same first posts read for every page, so that pages do not overlap.
            hits = await read(q, max(_TITLED_READ, start + count), 0)
            return sorted(hits, key=lambda h: [not _holds(h, p) for p in first_held])[
                start : start + count
            ]

        async def read(q: SearchQuery, count: int, start: int) -> list[SearchHit]:
            return await self._search(
                q,
                limit=count,
                offset=start,
                by_rank=by_rank,
                include_duplicates=include_duplicates,
                with_scores=with_scores,
                rank_from=rank_from,
                rank_among=rank_among,
            )

        # The other script's search of a search that finds nothing in the script typed.
        twins: list[SearchQuery] = []

        async def run(q: SearchQuery) -> list[SearchHit]:
            # A name typed in one script finds the posts of the other too, after those of
            # the script typed (store/both_scripts.py, session 45): both lists from their
            # start, the page cut from the two as one. Only when the script typed finds any:
            # else the search is corrected (a name read in the other script among them).
            other = mixed.get(q.text) or await self._in_other_script(q)
            small = () if other is not None else small_latin_words(q)
            if other is None and not small:
                return await page(q, limit, offset)
            if not (first := await page(q, offset + limit, 0)):
                if other is not None:
                    twins.append(other)
                return []
            if other is None:
                # Latin words in small letters are words, unless the posts found write
                # them only with capitals, as a name ("peskov": "Peskov", «Песков»;
                # session 47). Read from the first page, the same for every page.
                named = as_the_posts_write(small, [_text(h) for h in first[:limit]])
                if (
                    named is None
                    or (other := await self._in_other_script(_retyped(q, named))) is None
                ):
                    return first[offset : offset + limit]
            second = await page(other, offset + limit, 0)
            return in_both_scripts(first, second, by_rank)[offset : offset + limit]

        async def corrected(q: SearchQuery) -> SearchQuery | None:
            # A person typed in one script and read in the other is told apart from the
            # other bearers that script's posts name (session 44: "Elizaveta Peskova",
            # «Елизавета Пескова»); a slip corrected in the same script was as typed.
            # A search of both scripts is corrected as typed, not as its words were written
            # in one script for it (session 48).
            q = typed if q.text in mixed else q
            again = await self.corrected(q)
            if again is None or not _read_in_other_script(q, again):
                return again
            return await told_apart(self._namesake_texts, again)

        # Words of both scripts (`Putin Тяньцзинь`): each Latin word also as the Russian
        # posts write it, and the other script's search each Cyrillic word also as the
        # English posts do (store/both_scripts.py; session 48).
        mixed: dict[str, SearchQuery] = {}  # such a search's text -> its other script's
        typed = query
        if (scripts := scripts_of(query)) and (words := await self._archive_words()):
            first = await one_script_query(words, query, scripts[0])
            second = await one_script_query(words, query, scripts[1])
            if first is not None and second is not None:
                query = first
                mixed[first.text] = await told_apart(self._namesake_texts, second)
            elif (one := first or second) is not None:
                # A word of one script has no spelling in the other ("Sheinbaum пошлины":
                # «пошлины», a common word, is asked in the language typed; session 51):
                # the posts of the script that can be asked, its names as it writes them,
                # after those the search finds as typed.
                mixed[query.text] = await told_apart(self._namesake_texts, one)
        # A namesake typed (Кирилл Лавров) named, not another bearer's posts (namesakes.py).
        query = await told_apart(self._namesake_texts, query)
        # Nothing found: a word no post holds, misspelt, searched again as the archive's
        # words one slip away (store/corrections.py); the hits say so.
        found = await searched_or_corrected(run, corrected, query)
        if found or not twins:
            return found
        # Nothing in the script typed, nor corrected: the other script's posts, its
        # spellings the archive's ("December 4": «4 декабря»; «Навроцкий»: "Nawrocki";
        # session 47).
        return Hits(await page(twins[0], limit, offset))

    async def in_other_script(self, query: SearchQuery) -> SearchQuery | None:
        """``query`` as the other script writes its names, for a reader of new posts that
        matches a search itself (an alert: store/alerts.py); None when it has none."""
        return await self._in_other_script(query)

    async def _in_other_script(self, query: SearchQuery) -> SearchQuery | None:
        """``query`` as the other script writes its names (store/both_scripts.py), a
        namesake told apart there too; None when it has no such search."""
        # A correction's forms of one word («Джайшанкара OR Джайшанкаром») asked as one.
        if (one := one_form_each(query.text)) != query.text:
            query = _retyped(query, one)
        words = await self._archive_words() if has_other_script(query) else None
        if words is None or (other := await other_script_query(words, query)) is None:
            return None
        return await told_apart(self._namesake_texts, other)

    async def _namesake_texts(self, query: SearchQuery) -> list[str]:
        """The title and text of the newest posts matching ``query`` (copies left out), at
        most namesakes.WEIGHED: what store/namesakes.py counts."""
        hits = await self._search(
            query,
            limit=WEIGHED,
            offset=0,
            by_rank=False,
            include_duplicates=False,
            with_scores=False,
            rank_from=None,
            rank_among=None,
        )
        return [f"{h.row.title or ''} {h.row.text}" for h in hits]

    @abstractmethod
    async def _archive_words(self) -> ArchiveWords | None:
        """The archive's words (store/corrections.py), None while they cannot be read."""

    @abstractmethod
    async def corrected(self, query: SearchQuery) -> SearchQuery | None:
        """``query`` with its misspelt words corrected, None when no word is."""

    @abstractmethod
    async def _search(
        self,
        query: SearchQuery,
        *,
        limit: int,
        offset: int,
        by_rank: bool,
        include_duplicates: bool,
        with_scores: bool,
        rank_from: int | None,
        rank_among: Sequence[int] | None,
    ) -> list[SearchHit]:
        """The posts of :meth:`search`, ``query`` as it is."""


def _text(hit: SearchHit) -> str:
    return f"{hit.row.title or ''} {hit.row.text}"


def _retyped(query: SearchQuery, text: str) -> SearchQuery:
    """``query`` with ``text`` typed in its place, its filters kept."""
    return replace(query, text=text)


def _read_in_other_script(typed: SearchQuery, corrected: SearchQuery) -> bool:
    """Whether ``corrected`` names a person by a surname in a script none of ``typed``'s
    surnames is written in."""
    scripts = {bool(_CYRILLIC.search(n.surname)) for n in typed.named}
    return any(
        bool(_CYRILLIC.search(n.surname)) not in scripts for n in corrected.named if n.surname
    )


_CYRILLIC = lazy_re.compile(r"[\u0400-\u04ff]")

"""Why a post is or is not linked to an original (``tg-archiver explain ID``), and undoing a
wrong link for good (``tg-archiver unlink ID``).

Explaining recomputes what near-duplicate verification looked at (archive/similarity.py): the
two cores, their Jaccard similarity and containment, the words only one of them has, a
replaced name or number in a template's slot, and the time between two one-liners. For a post
that is not linked, the stored originals sharing a band with it are the candidates it was
compared with; the closest few are explained.

Unlinking records the post in ``post_unlinks``: relink never links it again, and a re-import
of it finds it stored and leaves it as it is. The post becomes an original (its band keys and
signature are indexed, so later copies of it are linked to it). The SQL of both is
:mod:`archive.store.unlinks`'s, or on a PostgreSQL archive its sibling's
(:mod:`archive.store.unlinks_pg`): the same calls, so the same lines from the same archive.
"""

from __future__ import annotations

from datetime import datetime
from difflib import SequenceMatcher
from types import ModuleType

import numpy as np

from tg_archiver.archive.dedup import DEFAULT_THRESHOLD, estimate_bar, estimate_jaccard, jaccard
from tg_archiver.archive.dedup_core import tag_line_words
from tg_archiver.archive.document_links import document_links, other_document
from tg_archiver.archive.figures import figure_added, figures_changed
from tg_archiver.archive.fingerprint import BRIEF_WORDS, compared, fingerprint
from tg_archiver.archive.list_items import added_to_list, reordered
from tg_archiver.archive.models import UNDATED
from tg_archiver.archive.one_word_slots import one_word_slot
from tg_archiver.archive.polarity import opposite
from tg_archiver.archive.quotations import quotes_with_own
from tg_archiver.archive.similarity import (
    COPY_WINDOW,
    SHORT_WINDOW,
    also_a_copy,
    contained,
    one_word_apart,
    reworded_copy,
    reworded_opening,
    substitution,
)
from tg_archiver.archive.speaker_ranks import rank_added
from tg_archiver.archive.store import Store, unlinks, unlinks_pg
from tg_archiver.archive.store.unlinks import LinkRow
from tg_archiver.archive.updates import update_adds

MAX_EXPLAINED = 3  # candidates shown for a post that is not linked
_MAX_WORDS = 24  # words shown of one differing or shared part


def _words(words: list[str]) -> str:
    shown = " ".join(words[:_MAX_WORDS])
    return shown + (" …" if len(words) > _MAX_WORDS else "")


def compare(a: LinkRow, b: LinkRow, threshold: float) -> list[str]:
    """Lines saying how ``b`` compares with ``a`` as near-duplicate verification sees it."""
    fa, fb = fingerprint(a.clean), fingerprint(b.clean)
    lines: list[str] = []
    if fa.short or fb.short:
        same = one_word_apart(fa.core, fb.core)
        lines.append(f"  short posts: the same words, or all but one: {'yes' if same else 'no'}")
    else:
        pa, pb = compared(fa.core, fa.shingles), compared(fb.core, fb.shingles)
        j, c = jaccard(pa, pb), contained(pa, pb)
        verdict = "reaches" if max(j, c) >= threshold else "is below"
        lines.append(
            f"  similarity of the cores: Jaccard {j:.2f}, containment {c:.2f};"
            f" {verdict} the threshold {threshold:.2f}"
        )
        estimate = float(estimate_jaccard(fa.signature, fb.signature[None, :])[0])
        if len(fa.signature) and len(fb.signature) and estimate < (bar := estimate_bar(threshold)):
            lines.append(
                f"  signature estimate {estimate:.2f}, under the {bar:.2f} ingest verifies"
                " from: compared only as a preview (its first words the other's)"
            )
        if max(j, c) < threshold and reworded_opening(fa.core, fb.core):
            lines.append(
                "  still a copy: the same text under a heading or lead reworded, which names"
                " nothing the other post lacks"
            )
        elif max(j, c) < threshold and reworded_copy(fa.core, fb.core):
            lines.append(
                "  still a copy: the same words with a phrase reworded ('said' / 'stated',"
                " «подорожал» / «вырос в цене»), maybe misspelt, nothing else"
            )
        elif max(j, c) < threshold and also_a_copy(fa.core, fb.core, fa.cut, fb.cut):
            lines.append(
                "  still a copy: one is a preview of the other (cut off on an ellipsis,"
                " its words the other's first words), or the same words with typos"
            )
    gap = abs(a.published - b.published)
    if len(fa.core) < BRIEF_WORDS or len(fb.core) < BRIEF_WORDS:
        near = "within" if gap <= SHORT_WINDOW else "more than"
        lines.append(f"  one-liner: published {gap} apart, {near} {SHORT_WINDOW}")
    if gap > COPY_WINDOW and UNDATED not in (a.date_source, b.date_source):
        lines.append(
            f"  published {gap.days} days apart, more than {COPY_WINDOW.days}: the same words"
            " again are another statement, never a copy"
        )
    slot = substitution(fa.core, fb.core)
    if (flip := opposite(fa.core, fb.core)) is not None:
        lines.append(
            f"  opposite statements: {' '.join(flip[0]) or '(nothing)'!r} in post {a.id},"
            f" {' '.join(flip[1]) or '(nothing)'!r} in post {b.id} (one says what the other"
            " denies: never a copy)"
        )
    if slot is not None:
        lines.append(
            f"  another name or number in a template's slot: {' '.join(slot[0])!r}"
            f" in post {a.id}, {' '.join(slot[1])!r} in post {b.id}"
        )
    elif (slot := substitution(fa.core, fb.core, templated=True)) is not None:
        why = (
            "both published by one channel: its next statement"
            if a.source_kind == "telegram" and a.source_id == b.source_id
            else "another statement when other posts fill the same template; alone, a copy reworded"
        )
        lines.append(
            f"  other words in a template's slot: {' '.join(slot[0])!r} in post {a.id},"
            f" {' '.join(slot[1])!r} in post {b.id} ({why})"
        )
    if (item := added_to_list(fa.core, fb.core, cut=fa.cut or fb.cut)) is not None:
        lines.append(
            f"  a list with an item added: {' '.join(item)!r} (another statement: never a copy)"
        )
    if (moved := reordered(fa.core, fb.core)) is not None:
        lines.append(
            f"  a ranking in another order: {' '.join(moved)!r} moved"
            " (another statement: never a copy)"
        )
    same_channel = a.source_kind == "telegram" and a.source_id == b.source_id
    tags_a, tags_b = tag_line_words(a.clean), tag_line_words(b.clean)
    if same_channel and tags_a and tags_b and not tags_a & tags_b:
        lines.append(
            f"  the same channel's text under other hashtags: {' '.join(sorted(tags_a))!r} in"
            f" post {a.id}, {' '.join(sorted(tags_b))!r} in post {b.id} (another statement:"
            " never a copy)"
        )
    if (word := one_word_slot(fa.core, fb.core)) is not None:
        lines.append(
            f"  one word another statement (a tense, a letter, a numeral, none for a number, a"
            f" document's kind): {word[0]!r} in post {a.id}, {word[1]!r} in post {b.id}"
            " (never a copy)"
        )
    if (docs := other_document(document_links(a.clean), document_links(b.clean))) is not None:
        lines.append(
            f"  a link to another document: {docs[0]!r} in post {a.id}, {docs[1]!r} in post"
            f" {b.id} (another statement: never a copy)"
        )
    if (rank := rank_added(fa.core, fb.core)) is not None:
        lines.append(
            f"  another speaker: {' '.join(rank)!r} before the office"
            " (another statement: never a copy)"
        )
    if (figures := figures_changed(fa.core, fb.core)) is not None:
        lines.append(
            f"  another figure: {' '.join(figures[0])!r} in post {a.id},"
            f" {' '.join(figures[1])!r} in post {b.id} (another statement: never a copy)"
        )
    if (added := figure_added(fa.core, fb.core, cut=fa.cut or fb.cut)) is not None:
        lines.append(
            f"  a figure's bound or a range's end added: {' '.join(added)!r}"
            " (another statement: never a copy)"
        )
    if (fact := update_adds(fa.core, fb.core)) is not None:
        lines.append(
            f"  an update that adds a fact: {_words(fact)!r} (another statement: never a copy)"
        )
    if (own := quotes_with_own(fa.core, fb.core)) is not None:
        lines.append(
            f"  a statement quoted whole with words of its own: {_words(own)!r}"
            " (another statement: never a copy)"
        )
    ca, cb = [w.casefold() for w in fa.core], [w.casefold() for w in fb.core]
    shared: list[str] = []
    only_a: list[str] = []
    only_b: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, ca, cb, autojunk=False).get_opcodes():
        if op == "equal":
            shared.extend(fa.core[i1:i2])
        else:
            only_a.extend(fa.core[i1:i2])
            only_b.extend(fb.core[j1:j2])
    lines.append(f"  shared ({len(shared)} words): {_words(shared)}")
    lines.append(f"  only in post {a.id} ({len(only_a)} words): {_words(only_a)}")
    lines.append(f"  only in post {b.id} ({len(only_b)} words): {_words(only_b)}")
    return lines


def _sql(store: Store) -> ModuleType:
    """The engine's module of the SQL (:mod:`.store.unlinks` or its sibling)."""
    return unlinks_pg if store.engine == "postgresql" else unlinks


async def explain(store: Store, post_id: int, threshold: float = DEFAULT_THRESHOLD) -> list[str]:
    """Lines explaining why post ``post_id`` is, or is not, linked to an original."""
    sql = _sql(store)
    post: LinkRow = await sql.link_row(store, post_id)
    out: list[str] = []
    unlinked = await sql.unlinked_at(store, post_id)
    if unlinked is not None:
        out.append(f"post {post_id} was unlinked by hand on {unlinked}: it stays distinct")
    if post.duplicate_of is not None:
        original: LinkRow = await sql.link_row(store, post.duplicate_of)
        similarity = f" (similarity {post.similarity})" if post.similarity is not None else ""
        out.append(f"post {post_id} is {_a(post.kind)} copy of post {original.id}{similarity}")
        if post.kind == "forward":
            out.append("  linked by Telegram's forward header, not by its text")
        else:
            out.extend(compare(original, post, threshold))
        return out
    copies = await sql.copies_of(store, post_id)
    linked = "1 copy" if copies == 1 else f"{copies} copies"
    out.append(f"post {post_id} is an original ({linked} linked to it)")
    others = await _candidates(store, post, threshold)
    if not others:
        out.append("  no stored post shares a band with it: nothing similar was found")
    for other in others:
        out.append(f"compared with post {other.id}:")
        out.extend(compare(other, post, threshold))
    return out


async def _candidates(store: Store, post: LinkRow, threshold: float) -> list[LinkRow]:
    """The originals sharing a band with ``post``, the most similar first (a few)."""
    fp = fingerprint(post.clean)
    if not fp.bands:
        return []
    sql = _sql(store)
    ids = await sql.sharing_a_band(store, post.id, fp.bands)
    rows: list[LinkRow] = [await sql.link_row(store, pid) for pid in ids]
    score = [
        jaccard(fp.shingles, fingerprint(r.clean).shingles) if len(fp.shingles) else 1.0
        for r in rows
    ]
    # Stable: equal scores in the order of their ids, so either engine shows the same ones.
    order = np.argsort(score, kind="stable")[::-1][:MAX_EXPLAINED]
    return [rows[int(i)] for i in order]


async def unlink(store: Store, post_id: int, now: datetime) -> str:
    """Make post ``post_id`` an original for good; a line saying what was done."""
    sql = _sql(store)
    async with store.transaction():
        post: LinkRow = await sql.link_row(store, post_id)
        if not await sql.record_unlink(store, post, now, fingerprint(post.clean)):
            return f"post {post_id} was already unlinked; it stays distinct"
        if post.duplicate_of is None:
            return f"post {post_id} is not linked to another post; it will stay distinct"
        return f"post {post_id} is no longer {_a(post.kind)} copy of post {post.duplicate_of}"


def _a(kind: str | None) -> str:
    """A link's kind with its article: "an exact", "a near", "a forward"."""
    return f"an {kind}" if kind == "exact" else f"a {kind}"

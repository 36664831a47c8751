"""The rules a candidate as similar as a copy is checked by before it is called one: another
name, number or date in a template's slot, the opposite said ("will not take part", "closed"
for "open"), a list with an item added, a ranking in another order, a deputy for the
minister, one word another statement (a tense, a letter, none for a number), a figure's
bound or a range's other end added ("at least 40", "June 14–15"), an update that
adds a fact ("UPDATE 1", «ДОПОЛНЕНО»), a statement quoted whole with words of the quoter's
own, a digest that bundles it with others, a post in two languages, another figure, the same
channel's text under other hashtags, the same words over a link to another document. Each
says another statement, not a copy.

:func:`another_statement` asks them in turn, for :meth:`.candidates.Linker.find_original`
(split from candidates.py in session 52, when the rules had grown to twelve).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tg_archiver.archive.document_links import document_links, other_document
from tg_archiver.archive.figures import figure_added, figures_changed
from tg_archiver.archive.list_items import added_to_list, reordered
from tg_archiver.archive.one_word_slots import one_word_slot
from tg_archiver.archive.pipeline import PreparedPost
from tg_archiver.archive.polarity import opposite
from tg_archiver.archive.quotations import bundles, in_two_languages, quotes_with_own
from tg_archiver.archive.similarity import substitution
from tg_archiver.archive.speaker_ranks import rank_added
from tg_archiver.archive.updates import update_adds

if TYPE_CHECKING:
    from tg_archiver.archive.store.candidates import Chunk

__all__ = ["another_statement", "linked_apart", "same_source", "tagged_apart"]


def another_statement(
    prepared: PreparedPost, pid: int, state: Chunk, *, templated: bool, tags: frozenset[str]
) -> bool:
    """Whether candidate ``pid`` says another statement than ``prepared`` (see the module's
    notes), however similar. ``templated``: other posts fill the same template (then other
    words in a slot are another statement too, as when the candidate is the same channel's:
    :func:`same_source`); ``tags``: ``prepared``'s hashtags (:func:`tagged_apart`)."""
    core, cut = state.cores.get(pid, ()), state.cut.get(pid, False)
    mine = prepared.core
    templated = templated or same_source(prepared, pid, state)
    vetoed = (
        substitution(core, mine, templated=templated)
        or opposite(core, mine)
        or added_to_list(core, mine, cut=cut or prepared.cut)
        or reordered(core, mine)
        or rank_added(core, mine)
        or one_word_slot(core, mine)
        or update_adds(core, mine)
        or quotes_with_own(core, mine)
        or bundles(core, mine, cut, prepared.cut)
        or in_two_languages(core, mine)
        or figures_changed(core, mine)
        or figure_added(core, mine, cut=cut or prepared.cut)
    )
    return (
        vetoed is not None
        or tagged_apart(prepared, tags, pid, state)
        or linked_apart(prepared, pid, state)
    )


def linked_apart(prepared: PreparedPost, pid: int, state: Chunk) -> bool:
    """Whether candidate ``pid`` and ``prepared`` link to other documents of one series
    (mid.ru/ru/news/2004381/ and …/2004418/; document_links.py): the same title over each
    of a ministry's weekly briefings, answers, orders (session 54)."""
    if "http" not in prepared.clean_text or not (theirs := state.links_of(pid)):
        return False
    return other_document(document_links(prepared.clean_text), theirs) is not None


def same_source(prepared: PreparedPost, pid: int, state: Chunk) -> bool:
    """Whether candidate ``pid`` was published by ``prepared``'s own Telegram channel. A
    channel that publishes its own text again with a slot filled with other words ("the
    presidential election" for "the parliamentary election", "в сфере здравоохранения" for
    "в сфере цифровых технологий") publishes the next statement of its template, as surely as
    when other posts fill the same template (:func:`family_of`): it corrects a post by
    editing it (a version of the same post), and a copy reworded is another channel's. Only
    a channel: a feed may carry several publishers' items, and an import (a text dump, the
    posts forwarded to the bot, a group's export) many channels' posts."""
    source = prepared.post.source
    return source.kind == "telegram" and state.sources.get(pid) == (source.kind, source.key)


def tagged_apart(prepared: PreparedPost, tags: frozenset[str], pid: int, state: Chunk) -> bool:
    """Whether candidate ``pid`` is ``prepared``'s own channel's under other hashtags
    (``tags``: ``prepared``'s): a regional service's one warning posted for each region it
    serves, the region named only in its hashtag (#Курск, #Белгород; session 52), which the
    core leaves out. Both with a line of hashtags, none the same. Another channel may tag a
    copy as it likes."""
    if not tags or not same_source(prepared, pid, state):
        return False
    theirs = state.tags_of(pid)
    return bool(theirs) and not tags & theirs

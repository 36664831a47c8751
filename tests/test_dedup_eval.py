"""Near-duplicate precision and recall on the labelled set of tests/dedup_eval_set.py
(issue 17): templated readouts, shared channel signatures and repeated one-liners must stay
apart, while forwards, reposts, prefixes, suffixes, typos and truncations are linked."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import dedup_eval_eighteenth
import dedup_eval_eighth
import dedup_eval_eleventh
import dedup_eval_fifteenth
import dedup_eval_fifth
import dedup_eval_fourteenth
import dedup_eval_fourth
import dedup_eval_more
import dedup_eval_nineteenth
import dedup_eval_ninth
import dedup_eval_seventeenth
import dedup_eval_seventh
import dedup_eval_sixteenth
import dedup_eval_sixth
import dedup_eval_tenth
import dedup_eval_third
import dedup_eval_thirteenth
import dedup_eval_twelfth
import dedup_eval_twentieth
import dedup_eval_twentyfirst
import dedup_eval_twentyfourth
import dedup_eval_twentysecond
import dedup_eval_twentythird
import pytest
from dedup_eval_set import Labelled, build

from tg_archiver.archive.pipeline import PipelineOptions, prepare
from tg_archiver.archive.store import Store
from tg_archiver.cli import main

NOW = datetime(2026, 1, 1, tzinfo=UTC)


async def evaluate(path: Path, labelled: list[Labelled]) -> tuple[float, float, list[str]]:
    """Ingest ``labelled`` in publication order; (precision, recall, the wrong decisions)."""
    async with await Store.open(path) as store:
        options = PipelineOptions()
        async with store.transaction():
            await store.ingest((prepare(x.post, options) for x in labelled), now=NOW)
    return score(path, labelled)


def score(
    path: Path, labelled: list[Labelled], rank: dict[int, int] | None = None
) -> tuple[float, float, list[str]]:
    """(precision, recall, the wrong decisions) of the links in the archive at ``path``;
    posts are taken in the order of ``rank`` (post id -> position; default: by id)."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT p.id, s.key, p.external_id, p.duplicate_of, p.similarity"
            " FROM posts p JOIN sources s ON s.id = p.source_id ORDER BY p.id"
        ).fetchall()
    return score_rows(rows, labelled, rank)


def score_rows(
    rows: list[tuple[Any, ...]], labelled: list[Labelled], rank: dict[int, int] | None = None
) -> tuple[float, float, list[str]]:
    """:func:`score` of ``rows`` (id, source key, external id, duplicate_of, similarity)
    read from an archive on either engine (tests/test_engine_ingest.py)."""
    if rank is not None:
        rows.sort(key=lambda r: rank[r[0]])
    story = {(x.post.source.key, x.post.external_id): x.story for x in labelled}
    by_id = {pid: story[(key, ext)] for pid, key, ext, _, _ in rows}
    seen: set[str] = set()
    linked = right = should = 0
    wrong: list[str] = []
    for pid, _key, ext, dup, sim in rows:
        s = by_id[pid]
        if s in seen:
            should += 1
        if dup is not None:
            linked += 1
            if by_id[dup] == s:
                right += 1
            else:
                wrong.append(f"merged {ext} into {by_id[dup]} (similarity {sim})")
        elif s in seen:
            wrong.append(f"missed {ext}")
        seen.add(s)
    precision = right / linked if linked else 1.0
    recall = right / should if should else 1.0
    return precision, recall, wrong


# (set, its posts and Russian posts at least, the precision and recall it must keep). The
# third was written apart from the method by someone who had not read it (session 29); its
# first run: precision 0.953, recall 0.978 (five pairs of opposite stances folded, and the
# copies of two of them lost with them; a copy with е for ё missed; the same greeting a
# year later linked as a copy).
SETS = {
    "first": (build, 300, 100, 0.98, 0.97),
    "second": (dedup_eval_more.build, 400, 150, 0.98, 0.97),
    "third": (dedup_eval_third.build, 600, 300, 0.995, 0.995),
    # Written blind in session 30: first run 0.967 / 0.871 (zero-width characters inside
    # words, Latin look-alike letters inside Cyrillic words, numbers written as words).
    # Session 34: 1.000 / 0.996 (an updated agenda's repost is the update's copy; a
    # one-liner's copy with a link on a line of its own).
    "fourth": (dedup_eval_fourth.build, 700, 350, 0.995, 0.99),
    # Written blind in session 31: first run 0.963 / 0.992 (one-line posts differing in one
    # word: "talks have ended" / "have begun", "WATCH" / "LIVE", "second" / "first", "будет
    # подписано" / "подписано"; a weekly agenda republished with one item changed).
    # Session 39: 0.981 / 0.996 (an agenda one item apart no longer linked).
    "fifth": (dedup_eval_fifth.build, 900, 450, 0.98, 0.99),
    # Written blind in session 32: first run 0.961 / 0.982 (a sanctions list republished with
    # a name added, linked to the shorter list as its copy, its own copies with it;
    # "прибыл в Анкару" / "вылетел в Анкару").
    "sixth": (dedup_eval_sixth.build, 900, 600, 0.99, 0.99),
    # Written blind in session 33: first run 0.978 / 0.932 (names transliterated otherwise,
    # "declared" / "lifted", one channel's templated statements one ordinary word apart, an
    # aggregator's rubric, italics left as underscores; still missed: 8 leads and 2 headings
    # reworded by aggregators).
    # Session 34: recall 0.973 (two reworded headings over the same text found).
    "seventh": (dedup_eval_seventh.build, 900, 650, 0.995, 0.97),
    # Written blind in session 34: 0.943 precision, 0.927 recall (its first version: 0.924,
    # 0.914); every wrong link is an update that adds a fact ("UPDATE 1", "ДОПОЛНЕНО") linked to
    # what it updates, or a repost of one; missed: leads reworded over a template's body,
    # forwarded decree one-liners, HTML entities (the module's docstring lists them). Then
    # (session 34): 1.000 / 0.976 with an update that adds a fact kept a statement of its
    # own, a scraper's HTML read, a link at the end and "Переслано из" left out of the core,
    # and the same text under a reworded heading or lead a copy (docs/dedup.md).
    "eighth": (dedup_eval_eighth.build, 900, 700, 0.995, 0.97),
    # Written blind in session 35 (official channels' templates: attacks condemned, briefings,
    # ambassadors received, consular notices, travel advisories, condolences, national days,
    # tolls, rates, weather, football; 25 kinds of copy; translations two stories): first run
    # 0.994 / 0.957 (seeds 1-5: 0.990-0.998 / 0.959-0.971). False links: "northern" and
    # "southern" regions read as a typo of one word (and the copies that follow); a preview cut
    # before its template's slot linked to a sibling. Missed: a Telegram Desktop copy's
    # "Name, [date time]" line over a one-liner, previews and halves of a template's
    # statement (a crowded first-words key; the signature estimate rules out a half), a
    # reposter's name line with no link under a one-liner or after "Read more", previews of an
    # original with a typo, one-liners re-posted the next morning (past the 12 hours).
    # docs/dedup.md, "A ninth set". Then (session 35, h10): 1.000 / 0.998 (seeds 1-5: 1.000 /
    # 0.998-1.000), the next-morning one-liners relabelled statements of their own (the
    # 12-hour rule kept); still missed: a preview whose first eight words hold the typo its
    # original has. Session 37 (the opening key of first letters): 1.000 / 1.000 (seeds 1-5:
    # 1.000 / 1.000).
    "ninth": (dedup_eval_ninth.build, 850, 420, 0.995, 0.995),
    # Written blind in session 36 (official channels and agencies: condolences, telephone
    # conversations, briefings, stop-lists one name apart, rising tolls, rates of another day,
    # key-rate decisions a date apart, votes, corrected figures, storm warnings; 17 kinds of
    # copy, two at once among them): first run 1.000 / 0.975 (seeds 1-5: 0.998-1.000 /
    # 0.955-0.965; its first version without the two-at-once copies: 1.000 / 0.966). Missed:
    # an agency's copy under its own dateline with the heading left out, two kinds at once,
    # a heading and its first paragraph over "Read more:". Then its agencies' copies were
    # made to keep a lead that is a sentence (they had dropped a key-rate decision's, leaving
    # only boilerplate two decisions share): main 1.000 / 0.979. After session 36's rules (an
    # agency's dateline, a lead over "Read more", a preview's cut line under a reposter's
    # line, one-liners' word keys; docs/dedup.md, "A tenth set"): 1.000 / 1.000 (seeds 1-7:
    # 1.000 / 0.994-0.999).
    "tenth": (dedup_eval_tenth.build, 950, 650, 0.995, 0.995),
    # Written blind in session 37 (templated official statements: condolences, greetings,
    # talks, briefings' standard answers, weekly schedules, joint statements for other pairs,
    # rates, tolls, corrections, a report and its denial; 17 kinds of copy): first run
    # 1.000 / 0.986 (seeds 1-5: 1.000 / 0.982-0.990). Missed: previews whose first words
    # hold a typo (the original's or the copy's own), a copy's own typo beside the
    # original's other one, 12-20 word flashes with a typo, the original's typo fixed. Then
    # (session 37: an opening key of first letters, a flash's half keys, a misspelt weekday
    # no ordinal; docs/dedup.md, "An eleventh set"): 1.000 / 0.998 (seeds 1-7: 1.000 /
    # 0.997-1.000); still missed: a typo that makes another dictionary word in a template's
    # family ("отела" for "отдела", "повёл" for "провёл", "скобим"), two typos of one word.
    "eleventh": (dedup_eval_eleventh.build, 900, 550, 0.995, 0.995),
    # Written blind in session 38 (official templates one slot apart: condolences, greetings,
    # telephone readouts, a briefing question with another answer, consular notices one city
    # or date apart, "работает" / "не работает", long notices identical but for the city,
    # casualty updates one figure apart, denials, schedules, flashes, statements quoting
    # another in full; 24 kinds of copy): first run 1.000 / 0.963 (seeds 1-5: 0.999-1.000 /
    # 0.954-0.972). Missed: every copy with look-alike letters of the other script in every
    # word (15 of 15), half the copies with two typos in one word (13 of 26), a typo that
    # makes another word ("мера" for "мира", "стане" for "стране"). No statement folded.
    # Then (session 38) cleaning writes look-alike words in their script: 1.000 / 0.981
    # (seeds 1-5: 0.977-0.986), every look-alike copy found; two slips in one long word
    # (archive/typos.py two_slips): 1.000 / 0.991 (seeds 1-5: 1.000 / 0.990-0.996).
    "twelfth": (dedup_eval_twelfth.build, 1000, 800, 0.995, 0.985),
    # Written blind in session 39 (official templates to other states and people, numbered
    # briefing parts and updates, rates, forecasts, flight schedules, tolls, UN votes and lists
    # of states one name apart, articles quoting a statement; 24 kinds of copy and two at
    # once: Markdown and HTML leftovers, soft hyphens, zero-width characters, link previews,
    # an analyst's remark over a forward...): first run 0.996 / 0.988 (seeds 1-5: 0.993-0.998
    # / 0.977-0.990). Missed: English posts with "We will keep you posted." added (every one;
    # "More to follow." is found), copies cut to a heading and a salutation or without an
    # article's lead, hard-wrapped readouts. Folded: an English greeting into another one
    # (al-Menfi / Akhundzada, 0.736) with its copies. docs/dedup.md, "A thirteenth set".
    # Then (session 39): a closing line with no fact out of the core, a stretch a little
    # longer than a slot judged by the slots it joins: 1.000 / 0.996 (seeds 1-5: 0.999-1.000
    # / 0.994-1.000); the fifth set 0.977 -> 0.981 (an agenda's link gone). Its slips
    # mended (a heading dropped only where there is one, a closing paragraph only under a
    # longer one): 1.000 / 0.999 (seeds 1-5: 0.999-1.000 / 0.996-1.000).
    "thirteenth": (dedup_eval_thirteenth.build, 1150, 700, 0.995, 0.995),
    # Written blind in session 40 (notices one date or place apart, flashes one name or
    # number apart, a statement and its official translation, agencies' rewrites, quotations
    # with two lines of their own; copies hard-wrapped by a mail gateway, under a channel's
    # heading, with a typo and another change): first run 0.988 / 0.977 (seeds 1-5:
    # 0.983-0.987 / 0.967-0.977). Folded: a commentator's quotation of a whole statement,
    # heading and all, with two lines of its own (every one, and its copies with it). Missed:
    # flashes under a channel's heading line with a typo (26 of 36), Markdown italics on a
    # flash, a statement under a reworded heading, a hard wrap that breaks a word with a
    # hyphen. docs/dedup.md, "A fourteenth set". Then (session 40: a statement quoted whole
    # with words of the quoter's own no copy, archive/quotations.py; a channel's heading
    # line, Markdown's underscores and a word broken at a wrap out of the core; a heading
    # reworded over a statement's whole body no slot): 1.000 / 1.000 (seeds 1-5: 0.999-1.000
    # / 0.995-1.000); still: a preview of a quotation cut before its own lines folded into
    # the statement, a heading reworded that drops a name ("Балтийском"), a few typos with
    # another change. The thirteen other sets unchanged, decision for decision.
    "fourteenth": (dedup_eval_fourteenth.build, 1100, 600, 0.995, 0.995),
    # Written blind in session 41 (negation and modal pairs, memorial days a year apart, the
    # spokeswoman's answers on one template, both sides' readouts, long articles one
    # paragraph apart, lists one entry apart, digests, machine translations; copies with
    # link previews, source lines, tracking parameters, bullets swapped, a short paragraph
    # cut): first run (4b434e1) 0.989 / 0.968 (seeds 1-5: 0.986-0.993 / 0.969-0.976). Folded:
    # "may" / "must" and "may" / "should" in English notices (every seed) with their copies,
    # a digest into one of the three statements it bundles. Missed: lists whose emoji
    # bullets a reposter swapped for hyphens or numbers (79 of 186 over six seeds), one-line
    # flashes with two typos. docs/dedup.md, "A fifteenth set". Then (session 41,
    # dedup-fix3; DEDUP_RULES 6): a list's numbers read out of the core as its bullets are, a
    # modal of another kind the opposite said (archive/polarity.py), a digest that bundles a
    # statement with others no copy of it (archive/quotations.py bundles), a dictionary word
    # in a name with one letter replaced a typo: 1.000 / 0.999 (seeds 1-5: 0.999-1.000 /
    # 0.995-0.999); still missed: a digest's link replaced by a source line (a number in a
    # slot), copies with two typos in a name, "Read more" cuts of one-paragraph forecasts;
    # folded: a digest copy without its heading into the statement it begins with. The
    # fourteen other sets unchanged, decision for decision.
    "fifteenth": (dedup_eval_fifteenth.build, 1050, 600, 0.995, 0.995),
    # Written blind in session 49 (templated statements one slot apart: entry-ban lists one
    # name apart, consular notices one city or date apart, rates and tolls one figure apart,
    # ambassadors summoned, greetings to states sharing a day, one statement by two
    # ministries, negations and modals, corrected figures, polls and votes, a flash and its
    # withdrawal; long posts one figure apart; copies of about 35 kinds): first run
    # (e6365c0) 0.975 / 0.983 (seeds 1-3: 0.970-0.975 / 0.976-0.983). Folded: an entry-ban
    # list republished with one entry left out, each entry a name with words of its own, into
    # the fuller list (5 of 6 lists a seed), and the agency's «ОТБОЙ», which repeats the flash
    # it withdraws, into the flash. Then (session 49, DEDUP_RULES 7: such an entry left out
    # is one added to the other list, similarity.py; a withdrawal or denial is the opposite
    # said, polarity.py): 0.996 / 0.997 (seeds 1-5: 0.994-1.000 / 0.995-1.000). Still: a
    # list with one entry replaced and the next left out (two entries apart at once) folded
    # into the list with the entry replaced; one-line copies with a typo under a
    # reposter's bare name missed. The fifteen other sets score as before.
    "sixteenth": (dedup_eval_sixteenth.build, 1050, 600, 0.99, 0.99),
    # Written blind in session 49, after the sixteenth's rules had landed (lists two adjacent
    # entries apart, entries moved where order means something, tables one cell apart, dates in
    # words, schedules, updates that add a sentence, denials, quizzes, weather warnings, link lists,
    # captions, one-liners one word apart, posts in Russian and English; copies with a live feed's
    # time stamp, "via @channel", a scraper's <p>, keycap numbers, a web mirror's repeated heading):
    # first run (e6365c0, 61d05f2 alike) 0.918 / 0.900 (seeds 1-3: 0.912-0.927 / 0.895-0.911). Then
    # (session 49, DEDUP_RULES 8: a post in two languages no copy of either's, an update's mark
    # heading its last paragraph, ordinals past the tenth and «ОПРОВЕРЖЕНИЕ», a scraper's <p> no
    # words, a "via @channel" line a sign-off, a feed's time stamp no word): 0.966 / 0.961 (seeds
    # 1-3: 0.968-0.975 / 0.944-0.969). Still: a programme with an event moved (order is no slot), a
    # consular-services list two adjacent entries apart, truncations of lists after their slots. The
    # sixteen other sets score as before.
    "seventeenth": (dedup_eval_seventeenth.build, 1050, 600, 0.96, 0.93),
    # Written blind in session 50, after the seventeenth's rules had landed (templated statements
    # one slot apart: condolences, national days, visa notices, sanctions lists, rates and prices,
    # scores, verdicts, casualty figures, meetings, briefings, negations, a quote given to another
    # speaker, another quarter, advisories, roles swapped, scale words, session numbers; and true
    # copies of twenty-two kinds and twelve pairs of kinds at once): first run (5a2823b) 0.992 /
    # 0.950 (seeds 1-3: 0.991-1.000 / 0.950-0.960). Then (session 50, DEDUP_RULES 9: a phrase
    # reworded within one group of the wording of news no slot, rewordings.py; a suspended
    # sentence another verdict, polarity.py; DEDUP_RULES 10: a post so reworded a copy however
    # few word pairs it keeps): 1.000 / 0.993 (seeds 1-3: 0.999-1.000 / 0.983-0.992). Still:
    # copies with a typo fixed beside a dateline, "СРОЧНО" or a credit. The seventeen other sets
    # as before.
    "eighteenth": (dedup_eval_eighteenth.build, 1050, 600, 0.99, 0.98),
    # Written blind in session 51, after the eighteenth's rules had landed (warnings for another
    # region or level, market results, flight restrictions, election results, appointments,
    # awards, exchanges and ceasefires, convoys, daily summaries, consular warnings, schedule
    # changes, harvests, the same figure in another unit, "not" inside a longer sentence, a
    # statement and its denial, a list with one item added or removed, a call for and against;
    # copies of thirty kinds and fourteen pairs): first run (c20c148) 0.959 / 0.959 (seeds 1-3:
    # 0.966-0.969 / 0.955-0.967). Then (session 51, DEDUP_RULES 12: a list with an item added
    # or taken out where only words were added, list_items.py; as many figures, some others,
    # figures.py): 1.000 / 0.990 (seeds 1-3: 0.992-1.000 / 0.983-0.987); DEDUP_RULES 13 (what
    # data showed or indicated one phrasing, "⚡️СРОЧНО |" and «Фото с сайта …» no words):
    # 1.000 / 0.995 (seeds 1-3: 0.992-1.000 / 0.988-0.990). Still: truncations inside a
    # scraper's HTML, a line moved, a typo of a typo. The seventeenth 0.966 / 0.961 -> 0.971 /
    # 0.965 (figures), the others as before.
    "nineteenth": (dedup_eval_nineteenth.build, 1000, 600, 0.99, 0.98),
    # Written blind in session 51, after the nineteenth's rules had landed (readouts one topic
    # apart, travel rules for another traveller, sanctions imposed or lifted, summits moved, a
    # share against an amount, a deputy for the minister, rankings with two places swapped,
    # programmes one time apart, warnings upgraded, another year, "not" deep in a long quote,
    # corrections, tallies a line longer, a region only in a heading or a hashtag, dates in
    # words; copies of twenty-nine kinds and sixteen pairs): first run (3444bf9) 0.866 / 0.883
    # (seeds 1-3: 0.850-0.878 / 0.866-0.890). Most of its wrong decisions fold a statement into
    # its sibling: a tally's line added beside a typo fixed, a ranking reordered, "12%" and
    # "12 млрд долларов", a region only in the hashtag, «министр» and «заместитель министра».
    # Then (session 52, DEDUP_RULES 14: a tally's line added and a ranking reordered,
    # list_items.py; a scale after a figure and a day in words grown, figures.py; a deputy
    # for the minister, speaker_ranks.py; a dump's headers, pasted.py; a channel's own text
    # under other hashtags, store/candidates.py): 0.989 / 0.985 (seeds 1-3: 0.979-0.990 /
    # 0.974-0.986).
    "twentieth": (dedup_eval_twentieth.build, 950, 600, 0.98, 0.98),
    # Written blind in session 52, after the twentieth's rules had landed (who started a
    # call, an event announced or reported, an agreement initialled, signed or ratified, a
    # bill's reading, a vote unanimous or not, welcomes or regrets, in person or by video,
    # Moscow or local time, a terminal or a track, "more than" or "about", a rate per day or
    # per month, an ambassador or a chargé d'affaires, the dead or the injured,
    # congratulations or condolences; copies of thirty-four kinds, five new: a typo fixed
    # beside a slot, a reposter's one-line remark over the post, emoji bullets retyped, an
    # RSS mirror's item, a "📌 Pinned" header; twenty-one pairs): first run (8047327)
    # 0.984 / 0.966 (seeds 1-3: 0.989-0.990 / 0.961-0.967), registered at that. Then
    # (DEDUP_RULES 15: one word another statement, one_word_slots.py; a reposter's remark and
    # quote, «‼️СРОЧНО‼️», "— CDP"): 0.996 / 0.988 (seeds 1-3: 0.997-1.000 / 0.981-0.986).
    "twentyfirst": (dedup_eval_twentyfirst.build, 990, 500, 0.99, 0.98),
    # Written blind in session 53 (denied or confirmed, postponed or cancelled, a draft or
    # the final text, a round, an article's or a decree's number, a flight, a train, a
    # vessel, percentage points, "at least" or the figure alone, a date range or one day, an
    # office opened or closed, acting or appointed, one quote given to two officials; copies
    # of forty-one kinds, seven new: numbers with thin spaces, an export's "(edited)" mark, a
    # caption cut, a bracketed source note, spaced quotes, lines rejoined, emoji stripped):
    # first run (85f755a) 0.974 / 0.962 (seeds 1-3: 0.968-0.983 / 0.940-0.952), the
    # twenty-first's first 0.984 / 0.966. Then (a figure's bound or a range's end added,
    # figures.py; a list of one-word names grown by one, list_items.py; a dump's "###" and
    # ">>>" headers, pasted.py; an "(edited)" mark, a remark pointing down and a source note
    # in brackets, dedup_core.py; a quote given to another speaker, similarity.py): 1.000 /
    # 0.996 (seeds 1-3: 0.999-1.000 / 0.980-0.992). Then (session 54, DEDUP_RULES 17: a
    # rubric the body says itself and a link's label alone, edge_lines.py; «Подписал …» no
    # "subscribe" line): 1.000 / 1.000 (seeds 1-3: 0.999-1.000 / 0.987-0.996).
    "twentysecond": (dedup_eval_twentysecond.build, 1000, 550, 0.99, 0.99),
    # Written blind in session 54, importing the twenty-first's and twenty-second's
    # machinery (rose or fell, plans or not, a quarter, a unit, an anniversary's ordinal, a
    # meeting's level, an open or closed session, recommended or required, a warning level,
    # an age or a term, a hotline's number, another document's link, a namesake's initials,
    # a body of a similar name, a district swapped, a joint statement or a statement, a
    # degree, a target year, doubled or tripled, an observer or a member; copies of
    # forty-eight kinds, seven new: a rubric before the text, "RT @x:" and «Репост @x:», a
    # translation tool's note, invisible characters, a subscribe footer, the lead repeated,
    # a list renumbered): first run (4894686) 0.961 / 0.943 (seeds 1-3: 0.953-0.963 /
    # 0.931-0.939), the twenty-second's first 0.974 / 0.962; registered at that. Then
    # (DEDUP_RULES 17: another document's link, document_links.py; a Roman numeral and a
    # document's kind added, one_word_slots.py; a relay's lead, a dump's stamp with a handle,
    # a translation tool's note, a list numbered otherwise, edge_lines.py and dedup_core.py):
    # 1.000 / 0.992 (seeds 1-3: 0.997-1.000 / 0.980-0.984).
    "twentythird": (dedup_eval_twentythird.build, 990, 500, 0.99, 0.99),
    # Written blind in session 55, importing the earlier sets' machinery (a status line over
    # an announcement, «ПЕРЕНЕСЕНО», "POSTPONED"; partly or fully, for a time or for good,
    # exports or imports, a visa's entries, a road's kilometre, a house number, a fraction,
    # with or without VAT, year on year or month on month, average or median, a decree or an
    # order, above or below normal, ahead of or behind schedule, a man or a woman, a regular
    # or an extraordinary session, free or paid, online or in person, a customs or a budget
    # code, first or again, from or until; copies of fifty-seven kinds, nine new: a paragraph
    # split, an emoji before each paragraph, a cut after an initial, the first sentence in
    # capitals over the post, a "Read more" line, Windows line ends, MarkdownV2's escapes, a
    # shortened link, an export's header): first run (5798c4b) 0.931 / 0.927 (seeds 1-3:
    # 0.924-0.941 / 0.929-0.953), the twenty-third's first 0.961 / 0.943; registered at that.
    # Then (DEDUP_RULES 18: a notice called off or put off, with or without, from or until,
    # on or behind schedule, for or against, polarity.py; a copy past its original's typos,
    # similarity.typos_mended; a cut on an initial, "… (read more)", an export's and a
    # dump's headers, a bot's MarkdownV2 escapes, dedup_core.py and pasted.py): 1.000 / 0.997
    # (seeds 1-3: 1.000 / 0.997-1.000); the twenty-third's recall 0.992 -> 0.999, the
    # nineteenth's 0.995 -> 0.997.
    "twentyfourth": (dedup_eval_twentyfourth.build, 1000, 500, 0.99, 0.99),
}


@pytest.mark.parametrize("name", SETS)
async def test_precision_and_recall_on_the_labelled_sets(tmp_path: Path, name: str) -> None:
    make, posts, russian, min_precision, min_recall = SETS[name]
    labelled = make()
    assert len(labelled) >= posts
    assert sum(any("а" <= ch <= "я" for ch in x.post.text) for x in labelled) >= russian
    assert {x.post.text[:1].isascii() for x in labelled} == {True, False}  # both languages
    precision, recall, wrong = await evaluate(tmp_path / f"{name}.db", labelled)
    print(f"\n{name} set: {len(labelled)} posts, precision {precision:.3f}, recall {recall:.3f}")
    print("\n".join(wrong))
    assert precision >= min_precision, wrong
    assert recall >= min_recall, wrong


async def test_relink_makes_the_earliest_post_the_root_and_replaces_wrong_links(
    tmp_path: Path,
) -> None:
    # Newer posts are imported first, the older ones after them (ingest re-roots each group
    # at its earliest post); then an old method's wrong links are put in the archive: relink
    # makes the groups as a fresh import would.
    labelled = build()
    path = tmp_path / "relink.db"
    options = PipelineOptions()
    newest_first = labelled[::-1]
    half = len(labelled) // 2
    async with await Store.open(path) as store:
        for part in (newest_first[:half], newest_first[half:]):
            async with store.transaction():
                await store.ingest((prepare(x.post, options) for x in part), now=NOW)
    later_roots = (
        "SELECT count(*) FROM posts c JOIN posts o ON o.id = c.duplicate_of"
        " WHERE o.published_at > c.published_at"
    )
    with sqlite3.connect(path) as conn:
        # Ingest already made each group's earliest post its root, whatever the order.
        assert conn.execute(later_roots).fetchone() == (0,)
        faked = conn.execute(
            "UPDATE posts SET duplicate_of = 1, duplicate_kind = 'near', similarity = 0.75"
            " WHERE id IN (5, 6, 7) AND duplicate_of IS NULL"
        ).rowcount
        count = conn.execute("SELECT count(*) FROM posts").fetchone()
    assert faked > 0  # an old method's wrong links, to a post published later
    assert await asyncio.to_thread(main, ["--db", str(path), "relink"]) == 0  # the real CLI
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM posts").fetchone() == count
        # Every copy points at a root published no later than itself.
        assert conn.execute(
            "SELECT count(*) FROM posts c JOIN posts o ON o.id = c.duplicate_of"
            " WHERE o.duplicate_of IS NOT NULL OR o.published_at > c.published_at"
        ).fetchone() == (0,)
        order = [pid for (pid,) in conn.execute("SELECT id FROM posts ORDER BY published_at, id")]
    # Scored with stories' first posts in publication order, as a fresh import would be.
    rank = {pid: n for n, pid in enumerate(order)}
    precision, recall, wrong = score(path, labelled, rank)
    assert precision >= 0.98, wrong
    assert recall >= 0.97, wrong

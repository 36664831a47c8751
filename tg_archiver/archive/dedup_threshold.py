"""The default near-duplicate threshold, apart from the MinHash code that applies it.

The config module needs the number to fill in ``[dedup] near_threshold``; importing it from
:mod:`tg_archiver.archive.dedup` would load numpy for every command, ``--help`` included
(issue 20). :mod:`~tg_archiver.archive.dedup` re-exports it, so both names stay valid.

:data:`DEDUP_RULES` lives here for the same reason (``stats`` reads it without numpy).
"""

from __future__ import annotations

# The Jaccard similarity of word-pair shingles at which a post is a near copy of an original.
DEFAULT_THRESHOLD = 0.7

# The version of the rules that decide which post is a copy of which (archive/dedup.py,
# dedup_core.py, dedup_words.py, dedup_keys.py, fingerprint.py, similarity.py, polarity.py,
# updates.py, quotations.py, store/candidates.py, store/vetoes.py and the modules of the
# rules it asks: anything that changes which posts ingest links, or the band keys and
# signatures it stores). Developers: add one whenever a change makes ingest link a stored
# post otherwise than it was linked. The archive records
# the version its links were made with (table rules_applied, archive/rules.py), and the
# service makes every link again, in the background, when it finds an older one: users need
# not run `tg-archiver relink`.
# 2 (session 37): the opening key by first letters, a flash's half keys (dedup_keys.py), a
# misspelt word no other ordinal (polarity.py).
# 3 (session 38): two slips in one long word, beside a word of the dictionary (typos.py).
# 4 (session 39): a closing line with no fact ("We will keep you posted.", "Следим за
# развитием событий.") left out of the core (dedup_core.py); a stretch a little longer than a
# template's slot judged by the slots it joins (similarity.py).
# 5 (session 40): a statement quoted whole with words of the quoter's own is no copy
# (quotations.py); a channel's heading line ("❗️ BREAKING", "МИД России:"), Markdown's
# underscores and a word broken at a hard wrap ("Учас-\nтники") read out of the core
# (dedup_core.py); a heading reworded over a statement's whole body no slot (similarity.py).
# 6 (session 41): a list's numbers read out of the core ("1. Беларусь", dedup_core.py), an
# entry of names only added to a list (similarity.py); notices one modal apart ("must" /
# "may", polarity.py); a digest that bundles a statement is no copy of it (quotations.py);
# a dictionary word with one letter replaced in a name a typo (dedup_words.py).
# 7 (session 49): a list's entry of a name with words of its own left out ("Шейн О'Брайен —
# член Палаты представителей", similarity.py); a report withdrawn («ОТБОЙ … сообщение
# отозвано», "WITHDRAWN:") or denied is no copy of it (polarity.py).
# 8 (session 49): a post in Russian and English no copy of either's (quotations.py); an
# update's mark heading a paragraph it adds at the end (updates.py); ordinals in words past
# the tenth, «ОПРОВЕРЖЕНИЕ» (polarity.py); a scraper's <p>, <div> and inline tags, a "via
# @channel" line and a live feed's time stamp read out of the core (dedup_core.py).
# 9 (session 50): a template's slot reworded ("said" / "stated", «подорожал» / «вырос в
# цене») no slot (rewordings.py, similarity.py); a suspended sentence, or one in absentia,
# another verdict (polarity.py).
# 10 (session 50): a post reworded so (and maybe misspelt), nothing else, at most one word in
# five, a copy however few word pairs it keeps ("… rises to 23" / "… climbs to 23",
# similarity.py).
# 11 (session 51): a reworded copy's changed words counted without the equal ones between two
# changes (similarity.py); an agency's name in quotes after its dateline's dash (pasted.py),
# «СРОЧНО.» with a full stop, and a photo's credit line read out of the core (dedup_core.py).
# 12 (session 51): a list with an item added or taken out where only words were added
# (list_items.py); as many figures, some others ("4,2%" / "2,4%": figures.py).
# 13 (session 51): what data "showed" or "indicated", "says" or "reports" one phrasing
# (rewordings.py); "⚡️СРОЧНО | …" a flash's mark, "Фото с сайта …" a credit (dedup_core.py).
# 14 (session 52): a tally's line added, shaped as the lines beside it (a typo fixed beside
# it or not), and a ranking in another order (list_items.py); a scale's word put after a
# figure, a day in words grown by a word (figures.py); a deputy for the minister
# (speaker_ranks.py); a dump's headers over a pasted message out of the core (pasted.py);
# a channel's own text under other hashtags (store/vetoes.py tagged_apart); a video's
# credit, a wire's byline, "MOSCOW (AP) —", a list's numbers inside its lines out of the
# core; «следует из» / «говорится в» one phrasing.
# 15 (session 52, from the twenty-first set): one word another statement (a verb's future and
# past, a number and none, a letter: one_word_slots.py); a reposter's remark and a Markdown
# quote, «‼️СРОЧНО‼️», "— CDP" out of the core; "said" / "says" one phrasing.
# 16 (session 53, from the twenty-second set): a figure's bound or a range's other end added
# (figures.py figure_added), a list of one-word names grown by one (list_items.py); a dump's
# "###" and ">>>" headers, an "(edited)" mark, a remark pointing down and a note of the
# source in brackets out of the core; a quote given to another speaker (similarity.py).
# 17 (session 54): a rubric the body says itself, a link's label left alone and a translation
# tool's note out of the core (edge_lines.py), as a relay's "RT @x:" and a dump's stamp with a
# handle; a list numbered "1 —", "1:", "1️⃣" as one numbered "1."; a paragraph opening
# «Подписал …» no "subscribe" line, a sign-off's words opening a long line no sign-off; the
# same words over a link to another document (document_links.py), a Roman numeral, a
# document's kind added ("Joint statement"; one_word_slots.py) another statement.
# 18 (session 55, from the twenty-fourth set): a notice called off or put off («ПЕРЕНЕСЕНО»,
# "UPDATE: cancelled") against the notice, with or without VAT, from or until, ahead of, on or
# behind schedule, for or against, an emergency session, an average or a minimum (polarity.py)
# another statement; the first words in capitals over the post out of the core; a
# copy past its original's typos and a line it adds (similarity.typos_mended), a text cut on
# an initial or before "(read more)" a preview, an export's "Name" over "27.05.2030
# 13:03:59 UTC+03:00", "2030-03-12T10:01:19 · Name" and a dump's "*** file ***" banner out of
# the core (pasted.py), a bot's MarkdownV2 escapes ("Из\-за") read as the text.
DEDUP_RULES = 18

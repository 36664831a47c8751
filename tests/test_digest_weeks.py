"""The digests of the labelled weeks in tests/digest_weeks (python
tests/digest_weeks/evaluate.py prints the same table): each week's posts imported through
`tg-archiver import` into a real archive, a digest per topic per day and per week composed,
and no figure worse than the one recorded here. A change that makes a figure better should
lower (or, for "stories shown", raise) the recorded figure with it, so it stays kept."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

WEEKS_DIR = Path(__file__).parent / "digest_weeks"


def _evaluate_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "digest_weeks_evaluate", WEEKS_DIR / "evaluate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


evaluate = _evaluate_module()

# (daily, weekly) per figure, as the digests give them now.
RECORDED: dict[str, dict[str, tuple[int, int]]] = {
    "mfa_week": {
        "items": (197, 90),
        # Session 37 (digest-fix): counted only under a topic the story is labelled with (a
        # story under a topic it is not about is "wrong topic"); 117 / 71 so counted before.
        # Session 38 (digest-fix2): 118 / 74 -> 118 / 75, missed 11 / 52 -> 11 / 51 (cut
        # 1 / 42 -> 1 / 41): the Congo talks' English readout joins the Russian one, a freed
        # weekly place.
        "stories shown": (118, 75),
        "missed": (11, 51),
        "missed: cut": (1, 41),
        # Session 40 (digest-fix4): the missed stories' posts, so a big story missed weighs
        # more than a small one (evaluate.py counts it since; nothing moved it).
        "missed: posts": (20, 116),
        # Session 37: one event's agency flashes fold by their anchors (50 / 13 -> 43 / 12;
        # 39 / 11 before a person named by either flash alone kept them apart: the summit week).
        "same-language repeats": (43, 12),
        # Session 38 (digest-fix2): 28 / 2 -> 27 / 1: a speaker read after a dash ("…
        # партнерства Россия – Африка.") is named by the other language's "Russia-Africa
        # Partnership Forum" (a first word of two: archive.digest_translations); 27 -> 26
        # daily: the Houthis and the Red Sea are translated names (archive.bilingual).
        "other-language repeats": (26, 1),
        "wrong folds": (0, 0),
        "no-story items": (0, 0),
        # Session 37: a topic named only in a readout's list of formats files no story under
        # it ("координация в ШОС, БРИКС и ООН"): daily 19 -> 12, weekly 2.
        "wrong topic": (12, 2),
    },
    "news_week": {
        # Session 39 (digest-fix3): 373 -> 370, same-language repeats 142 -> 139, wrong topic
        # 28 -> 27 daily (a freed place): two agencies' flashes within an hour sharing three
        # names and two rare words of their first sentences fold (archive.digest_retellings).
        # Session 41 (digest-fix5): 370 -> 368, same-language repeats 139 -> 137: two
        # reports within six hours giving one figure few of the window's stories give ("32
        # страны") and sharing two names fold (archive.digest_retellings.Likeness.one_fact).
        # Session 49: 368 -> 367, same-language repeats 137 -> 136: an agency's rubric in
        # capitals ("ОБНОВЛЕНО:") is no one quoted (archive.digest_translations).
        "items": (367, 110),
        # Session 37: counted under a labelled topic only, 118 / 75 so counted before.
        "stories shown": (119, 76),
        "missed": (3, 36),
        "missed: cut": (0, 34),
        # Session 49: 150 -> 151 weekly. The bilingual table's ICJ (archive/bilingual.py)
        # folds the ministry's statement on the UNGA vote with its English version, which
        # moves a crowded week's cuts: #UN's to the briefing instead of the statement,
        # #MiddleEast's to Nasrallah's speech instead of the vote; one post more cut.
        "missed: posts": (12, 151),
        # Session 37 (held out while tuned on mfa_week): 158 / 14 -> 141 / 15 (weekly: a
        # crowded topic's freed places go to the next stories, some repeats).
        # Session 38 (digest-folds): 141 -> 142 daily. A document's adoption folds only with a
        # report whose first sentence names a document (archive.digest_steps): the ministry's
        # "The Meeting … concluded in Islamabad. The joint communique …" and a feed's "SCO
        # prime ministers sign Islamabad communique", one story here, are two items again.
        "same-language repeats": (136, 15),
        # Session 37: 96 / 16 -> 92 / 15 (a Russian flash folds into an English-led wire
        # story by the Russian report folded into it; a briefing's record reads its topics).
        "other-language repeats": (92, 15),
        "wrong folds": (0, 0),
        "no-story items": (2, 0),
        "wrong topic": (27, 4),
    },
    "summit_week": {
        # Written blind in session 37 (digest-week-c). First run on main 19563ce (nothing
        # tuned on it), daily / weekly: items 282 / 100, stories shown 161 / 81 (counted
        # then under any topic), missed 14 / 64, same-language repeats 50 / 8, other-language
        # 58 / 11, wrong folds 2 / 0, no-story 13 / 0, wrong topic 40 / 6. The flashes' fold
        # (written without it) then made 7 / 3 wrong folds on it: a person named in either
        # first sentence alone now keeps two flashes apart (2 / 0 again).
        # digest-summit: the two wrong folds undone (a document's own text retells only a
        # story naming a document; a wire's "UPDATE n-" naming none of its earlier story's
        # names is a new story): the summit's opening and the wire's article are items again,
        # beside their other-language twins and under #Asia for "founded by China"; a
        # channel's housekeeping left out (archive.digest_housekeeping). On this main, daily:
        # items 261 -> 249, same-language 42 -> 41, other-language 54 -> 56, wrong folds
        # 2 -> 0, no-story 14 -> 0, wrong topic 28 -> 29; weekly unchanged.
        "items": (249, 100),
        "stories shown": (127, 78),
        "missed": (13, 61),
        "missed: cut": (9, 57),
        "missed: posts": (55, 210),
        "same-language repeats": (41, 8),
        "other-language repeats": (56, 10),
        "wrong folds": (0, 0),
        "no-story items": (0, 0),
        "wrong topic": (29, 4),
    },
    "border_week": {
        # Written blind in session 38 (digest-week-d): the Kyrgyz-Tajik border fighting, 366
        # posts of ten channels, 5 topics. First run on main e16f48a (nothing tuned on it).
        # The five daily wrong folds: the fighting holding the evacuation, the day of mourning
        # and the ceasefire's breach; the ceasefire holding the MFA's welcome of it; the CIS
        # meeting's readout holding the joint statement it adopted.
        # Session 39 (digest-fix3): a post linking another post of the window joins its
        # item (archive.digest_links: the analyst's comments on a flash): items 180 -> 176,
        # same-language repeats 51 -> 46, other-language 28 -> 27 daily; the freed places
        # show two stories more (shown 85 -> 87, missed and cut 14 -> 12). Then names said in
        # passing file no story (archive.passing_mentions: contacts "в рамках ОДКБ и СНГ", an
        # absent member, a coming meeting's venue, the UN Charter, a country's Security
        # Council Secretary): wrong topic 15 -> 1, items 176 -> 164, shown 87 -> 90, missed
        # and cut 12 -> 9, same-language 46 -> 44, other-language 27 -> 26 (freed places).
        # Session 40 (digest-noise): a day's table of figures and a marked ad are no item
        # (archive.digest_noise: Dushanbe's weather, "Реклама. Онлайн-школа …"): items 164
        # -> 163, no-story 3 -> 1; same-language 44 -> 45 daily, the freed #CentralAsia place
        # (Fri) showing a third Russian report of the withdrawal protocol.
        "items": (163, 50),
        # Session 39, a disaster's steps: shown 90 -> 91, missed and cut 9 -> 8,
        # other-language 26 -> 25.
        "stories shown": (91, 44),
        "missed": (8, 50),
        "missed: cut": (8, 50),
        "missed: posts": (29, 162),
        "same-language repeats": (45, 3),
        "other-language repeats": (25, 3),
        # Session 38 (digest-folds): 5 / 0 -> 0 / 0, a running story's steps kept apart
        # (archive.digest_steps); no other figure of this week moved.
        "wrong folds": (0, 0),
        "no-story items": (1, 0),
        "wrong topic": (1, 0),
    },
    "quake_week": {
        # Written blind in session 39 (digest-week-e): the Erzurum earthquake, 361 posts of ten
        # channels, 5 topics (Quake, Turkey, SCO, Sanctions, UN). First run on main f9eb852
        # (nothing tuned on it). The eight daily wrong folds: the quake's running toll holding
        # the aftershock (Thu), the end of the search phase (Sun, five items) and Guterres's
        # condolences (Tue, under UN); the EU package holding Ankara's review of it (Thu).
        # Session 39, digest-fix3's rules (made without reading this week) judged on it:
        # same-language 32 / 1 -> 23 / 0, other-language 27 / 2 -> 29 / 3, wrong folds 8 / 0
        # -> 8 / 1 (the EU package's fold of Ankara's review, daily before, now in the weekly
        # #Turkey too). Then a disaster's steps (archive.digest_steps: condolences a reaction,
        # an aftershock, the search's end): wrong folds 8 -> 1 daily, shown 115 -> 119,
        # same-language 23 -> 24, other-language 29 -> 30 (the steps' own reports, apart).
        # Session 40 (digest-noise): the daily rates, polls and marked ads it held were all
        # cut; one fewer in Fri's #Turkey reorders its last places: same-language 24 -> 25
        # (Interfax's flash of the girl rescued), other-language 30 -> 29 (the wire's CERF
        # story, whose Russian report is shown, falls out).
        # Session 41 (digest-fix6): 187 -> 186 daily, wrong topic 14 -> 13 daily: a topic
        # named only in a formula said in passing (archive.passing_mentions) files no item.
        "items": (186, 50),
        "stories shown": (119, 45),
        "missed": (22, 80),
        "missed: cut": (20, 79),
        # Session 49: 252 -> 245 weekly (the European Commission a key of both languages).
        "missed: posts": (54, 245),
        "same-language repeats": (25, 0),
        "other-language repeats": (29, 3),
        "wrong folds": (1, 1),
        "no-story items": (1, 0),
        "wrong topic": (13, 2),
    },
    "election_week": {
        # Written blind in session 40 (digest-week-f): Kazakhstan's presidential election (the
        # count, three observer missions, seven template congratulations, protests, the
        # Constitutional Court), the tenge and two central banks' rate decisions, the EAEU,
        # the CIS, the OSCE; 362 posts of eleven channels, 5 topics (Kazakhstan, Markets,
        # EAEU, CIS, OSCE). First run on main c4711b9 (nothing tuned on it). The daily wrong
        # fold: the CEC's final results holding the court's hearing (Thu); weekly, the final
        # results holding the court's acceptance of the appeal, and the briefing's
        # Kazakhstan part its OSCE part. The 22 no-story items: daily rates posts under
        # Markets (and one under Kazakhstan), ads and polls naming Almaty or Astana.
        # digest-fix4's rules (first sentence, fragment headings, English cuts; made without
        # reading this week) judged on it: every figure the same.
        # Session 40 (digest-noise, tuned on this week): a day's table of rates, a poll and a
        # marked ad are no item (archive.digest_noise): no-story 22 -> 0, items 160 -> 143;
        # the freed places (a topic shows ten items a day) go to reports the folds leave
        # apart: same-language 31 -> 35, other-language 31 -> 32 (the rates channel's own
        # reports of the intervention and the hike, a third turnout report and Tokayev's
        # ballot in English on Sunday, a Russian report of Sarsenbaev's reaction on Friday).
        # Session 41 (digest-fix5): Thursday's EAEU council was seven items (the morning's
        # "Сегодня в Алматы открывается заседание …", two English reports a quarter of an
        # hour apart, four Russian). A day's own announcement names its first sentence's event
        # (stale beside the council's results, archive.digest_notices), and a wire's dateline
        # "ALMATY," names the Almaty of Kazinform's headline (archive.digest_retellings): items
        # 143 -> 142, same-language 35 -> 33 daily, other-language 7 -> 6 weekly. The freed
        # places went to reports the folds leave apart: other-language 32 -> 33 daily (TASS's
        # Mishustin-Bektenov meeting beside Kazinform's), same-language 10 -> 11 weekly (a
        # fourth Russian council report instead of the briefing's English EAEU part). A
        # briefing headed by its first topic though its title is long ("Брифинг
        # М.В.Захаровой: итоги выборов …", archive.briefings) names Kazakhstan: Wednesday's
        # #Kazakhstan shows it and cuts Bektenov's price control, missed posts 30 -> 31.
        "items": (142, 48),
        "stories shown": (70, 30),
        "missed": (9, 45),
        "missed: cut": (9, 45),
        "missed: posts": (31, 200),
        "same-language repeats": (33, 11),
        "other-language repeats": (33, 6),
        "wrong folds": (1, 2),
        "no-story items": (0, 0),
        "wrong topic": (8, 2),
    },
    "forum_week": {
        # Written blind in session 41 (digest-week-g): an economic and legal week, 1-7 June
        # 2026 (the Bank of Russia's claim against Euroclear in the Moscow court: hearing,
        # interim measures, ruling, appeal; the EU's 21st sanctions package and five
        # protests on one template; Brent hour by hour and OPEC+; SPIEF's agreements on one
        # template; trade figures quoted by several people); 367 posts of eleven channels, 5
        # topics (Courts, Sanctions, Oil, SPIEF, Trade). First run on main 4b434e1 (nothing
        # tuned on it). The wrong fold, daily and weekly: Euroclear's reaction holding the
        # ruling it reacts to (Thu). The 17 no-story items: the oil channel's morning quote
        # and week under #Oil, the forum's promos, the briefing's accreditation notice and a
        # film under #SPIEF, the MFA's "we will comment tomorrow", the analyst's trip and
        # live-stream notices.
        # Session 41 (digest-fix6), tuned on it: items 180 / 50 -> 160 / 50, stories shown
        # 72 / 44 -> 73 / 46, missed 5 / 30 -> 4 / 28 (cut 2 / 27 -> 1 / 25, posts 23 / 96 ->
        # 19 / 89), same-language repeats 47 -> 46 daily, no-story 17 -> 0 daily (a channel's
        # promos, a promised comment, its notes, a day's quote, a film's release, a forecast
        # by its days: archive.digest_promos, digest_noise, digest_notices), wrong topic
        # 15 / 2 -> 8 / 0 (a source after a closing dash,
        # what a package includes, "adapted to" sanctions: archive.passing_mentions);
        # corrections take the place of the post they correct (archive.digest_follow_ups).
        # Other-language repeats 31 -> 33 daily: the places the promos and the quote held go
        # to English reports the translation folds leave apart (Novak and Nabiullina under
        # #SPIEF, the price cap under #Oil), as session 40's freed places did.
        # Session 49: 160 -> 159, same-language repeats 46 -> 45 (an agency's rubric).
        "items": (159, 50),
        "stories shown": (73, 46),
        "missed": (4, 28),
        "missed: cut": (1, 25),
        "missed: posts": (19, 89),
        "same-language repeats": (45, 3),
        "other-language repeats": (33, 1),
        "wrong folds": (1, 1),
        "no-story items": (0, 0),
        "wrong topic": (8, 0),
    },
    "crisis_week": {
        # Written blind in session 49 (no digest code, digest test or rules read): 9-15
        # November 2026, a tanker collision and oil spill on the Caspian with rising figures,
        # Transnistria's gas cut and talks, a ship beset on the Northern Sea Route and the
        # Arctic Council, the IAEA's board and Zaporizhzhia, APEC in Shenzhen; 405 posts
        # (262 Russian, 143 English) of eleven channels, 65 stories under five topics
        # (Caspian, Moldova, Arctic, IAEA, APEC). First run on main e6365c0 (nothing tuned
        # on it): the figures below. The 20 no-story items: an analyst's "Day wrap: …"
        # listing the day's stories (16, one a topic a day), a football match, a photo
        # contest and a film's box office under the topics their words name. The wrong fold,
        # weekly, under #APEC and #Arctic: Putin's APEC speech holding his talks with Xi.
        # Then, daily / weekly: items 225 / 50, stories shown 70 / 44, missed 2 / 24 (cut 2 /
        # 24, posts 4 / 85), same-language repeats 79 / 2, other-language 49 / 2, wrong folds
        # 0 / 2, no-story items 20 / 0, wrong topic 14 / 2.
        # Session 49, after it: the bilingual table's bodies (the Northern Sea Route, the
        # Arctic Council: archive/bilingual.py) fold translations, other-language repeats
        # 49 -> 46 daily, wrong topic 14 -> 12, but a weekly topic's freed places move its
        # cuts (posts 85 -> 92, other-language 2 -> 3 weekly); an analyst's "Day wrap: …"
        # is a roundup (archive.digest_notices), no-story items 20 -> 3, its places to more
        # reports of stories shown (same-language repeats 79 -> 82); an agency's rubric in
        # capitals ("ОБНОВЛЕНО:", "ИСПРАВЛЕНИЕ:") is no one quoted
        # (archive.digest_translations), 82 -> 81.
        "items": (210, 50),
        "stories shown": (71, 44),
        "missed": (1, 24),
        "missed: cut": (1, 24),
        "missed: posts": (2, 92),
        "same-language repeats": (81, 1),
        "other-language repeats": (47, 3),
        "wrong folds": (0, 2),
        "no-story items": (3, 0),
        "wrong topic": (13, 2),
    },
}


@pytest.mark.parametrize("week", sorted(RECORDED))
def test_a_weeks_digests_are_no_worse_than_recorded(week: str, tmp_path: Path) -> None:
    result = evaluate.evaluate(WEEKS_DIR / week, tmp_path)
    worse = []
    for figure, (daily, weekly) in RECORDED[week].items():
        for span, now, then in (
            ("daily", result.daily[figure], daily),
            ("weekly", result.weekly[figure], weekly),
        ):
            if figure in evaluate.NEUTRAL:
                continue
            if now < then if figure in evaluate.BETTER_HIGHER else now > then:
                worse.append(f"{figure} ({span}): {then} -> {now}")
    assert not worse, f"{week}: " + "; ".join(worse) + "\n" + evaluate.table(week, result)
    # Every digest was written too, and each item's posts are the week's.
    assert result.digests and all(d.messages or not d.shown for d in result.digests)
    assert result.daily["items"] > 0 and result.weekly["items"] > 0


def test_every_week_here_is_recorded() -> None:
    weeks = {p.parent.name for p in WEEKS_DIR.glob("*/posts.jsonl")}
    assert weeks == set(RECORDED)


def test_a_labelled_post_splits_into_hashtag_and_link_entities() -> None:
    parts = evaluate.parts("Лавров прибыл в Астану.\n\nПодробнее: https://t.me/mid_rf/1 #ШОС")
    assert parts == [
        "Лавров прибыл в Астану.\n\nПодробнее: ",
        {"type": "link", "text": "https://t.me/mid_rf/1"},
        " ",
        {"type": "hashtag", "text": "#ШОС"},
    ]
    assert evaluate.parts("no entities") == ["no entities"]

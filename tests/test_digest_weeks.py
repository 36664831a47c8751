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
        "items": (213, 90),
        "stories shown": (132, 73),
        "missed": (12, 55),
        "missed: cut": (2, 45),
        "same-language repeats": (50, 13),
        # Weekly 3 -> 4: a translation's fold freed #BRICS a place, taken by an agency's
        # retelling of the NDB story (Руссефф) beside its English-led item; daily 40 -> 31.
        "other-language repeats": (31, 4),
        "wrong folds": (0, 0),
        "no-story items": (0, 0),
        "wrong topic": (19, 2),
    },
    "news_week": {
        "items": (392, 110),
        # Weekly: two agencies' flashes minutes apart now fold (archive.digest_retellings),
        # and the folded story, with a source more, takes a crowded topic's place beside its
        # other-language twin that TranslationLikeness does not see (Sri Lanka's vote, storm
        # Boris, Zelensky's plan): 76 -> 74 shown, 19 -> 22 other-language repeats.
        "stories shown": (136, 80),
        "missed": (4, 37),
        "missed: cut": (1, 35),
        # Daily: the wire roundups left out free 11 places of crowded topics, some taken by
        # one more report of a story shown; a crowded topic's choice shifts with each fold
        # (other-language repeats 103 -> 104: the Red Sea tanker's two languages).
        # Session 36's translations (digest-xlang): other-language repeats 104 / 22 ->
        # 96 / 16, same-language 160 / 14 -> 158 / 14, shown weekly 74 -> 80; the places
        # freed in a crowded weekly #Elections go to two stories filed under LatAm and Asia
        # (wrong topic 3 -> 5).
        "same-language repeats": (158, 14),
        "other-language repeats": (96, 16),
        "wrong folds": (0, 0),
        "no-story items": (2, 0),
        "wrong topic": (28, 5),
    },
    "summit_week": {
        # Written blind in session 37 (digest-week-c), figures of its first run on main
        # 19563ce: nothing in the digest was tuned on it.
        # digest-summit: its two wrong folds undone (a document's text retells only a story
        # naming a document; a wire's "UPDATE n-" naming none of its story's names is a new
        # story): the summit's opening and its English article are items again, beside their
        # Russian twin (other-language 58 -> 59) and under #Asia for "founded by China"
        # (wrong topic 40 -> 41). A channel's housekeeping left out (archive.digest_housekeeping:
        # greetings, polls, a reader's question, promos, an analyst's wraps): no-story items
        # 13 -> 0, items 283 -> 271; a freed #SCO place on Sunday goes to one more report of
        # Lavrov's interview (other-language 59 -> 60).
        "items": (271, 100),
        "stories shown": (162, 81),
        "missed": (14, 64),
        "missed: cut": (10, 60),
        "same-language repeats": (49, 8),
        "other-language repeats": (60, 11),
        "wrong folds": (0, 0),
        "no-story items": (0, 0),
        "wrong topic": (41, 6),
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

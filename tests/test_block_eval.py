"""How many scraped posts of the labelled set (tests/block_eval_set.py) clean exactly right.

A post cleans right when its clean text is exactly the expected one: the second copy of its
body gone whatever the scraper changed in it, every refrain and short line of the author's
own still there. The figure is printed (``pytest -s``) and asserted; docs/dedup.md quotes it.
"""

from __future__ import annotations

from collections import Counter

from block_eval_set import cases

from tg_archiver.archive.cleaning import clean_text


def test_labelled_scraped_posts_clean_exactly() -> None:
    labelled = cases()
    wrong = [case for case in labelled if clean_text(case.raw) != case.expected]
    kinds = Counter(case.name.split("/", 1)[1] for case in labelled)
    doubles = [case for case in labelled if case.raw != case.expected]
    refrains = [case for case in labelled if case.raw == case.expected]
    print(
        f"\nrepeated blocks: {len(labelled) - len(wrong)} of {len(labelled)} posts cleaned"
        f" exactly ({len(doubles)} with a second copy, {len(refrains)} to keep as they are;"
        f" {len({c.name.split('/', 1)[0] for c in labelled})} posts, EN and RU,"
        f" {len(kinds)} shapes)"
    )
    for case in wrong:
        print(f"  wrong: {case.name}")
    assert len(labelled) >= 300
    assert {c.name[:2] for c in labelled} == {"en", "ru"}
    assert [case.name for case in wrong] == []

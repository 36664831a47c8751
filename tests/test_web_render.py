"""The web's diff of two versions of a post (web/render.py): the words an edit changed, and a
long post compared in bounded time."""

from __future__ import annotations

from tg_archiver.web.render import Change, diff


def _sides(changes: list[Change]) -> tuple[str, str]:
    old = "".join(c.text for c in changes if c.kind != "added")
    new = "".join(c.text for c in changes if c.kind != "removed")
    return old, new


def test_an_edit_shows_the_words_it_changed() -> None:
    changes = diff("Talks in Moscow on Monday.", "Talks in Minsk on Monday.")
    assert changes == [
        Change("same", "Talks in "),
        Change("removed", "Moscow"),
        Change("added", "Minsk"),
        Change("same", " on Monday."),
    ]


def test_a_long_post_rewritten_is_compared_by_paragraphs_and_both_sides_are_whole() -> None:
    # Word by word, a 12,000-word post edited took 47 s and stalled the server. The changed
    # middle is compared by paragraphs past a bound: the operations stay few.
    old = "\n".join(" ".join(f"w{i}x{j}" for j in range(40)) for i in range(300))
    new = "\n".join(" ".join(f"w{i}y{j}" for j in range(40)) for i in range(300))
    changes = diff(old, new)
    assert _sides(changes) == (old, new)
    assert len(changes) <= 4
    one = diff(old, old.replace("w150x20", "CHANGED"))
    assert [c.text for c in one if c.kind != "same"] == ["w150x20", "CHANGED"]

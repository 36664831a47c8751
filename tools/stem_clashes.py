"""Write tg_archiver/archive/stem_clashes.txt: for each word form (archive/analysis.py) that a
common noun's words share with words of a place, an organisation or a pronoun
(archive/clashes.py ``CLASHING``), those words, one word form a line: ``арм армении ...``.

A word is listed when every likely reading of it (lexemes.likely) is such a lemma's
(``армении``; not ``газа``, first the genitive of ``газ``). Hyphenated words are left out
(the index splits them). Made from OpenCorpora's dictionary (pymorphy3, a dependency); it
reads all of its five million forms, about two minutes. Run from the repository root:
``python tools/stem_clashes.py``.
"""

from __future__ import annotations

from pathlib import Path

from tg_archiver.archive.analysis import analyse_word
from tg_archiver.archive.clashes import CLASHING
from tg_archiver.archive.lexemes import dictionary, likely

OUT = Path("tg_archiver/archive/stem_clashes.txt")


def main() -> None:
    candidates: set[str] = set()
    common: set[str] = set()  # word forms of common nouns' words
    for word, tag, *_ in dictionary().dictionary.iter_known_words(""):
        if "-" in word:
            continue
        if CLASHING & set(tag.grammemes):
            candidates.add(word)
        elif tag.POS == "NOUN":
            common.add(analyse_word(word))
    by_form: dict[str, set[str]] = {}
    for word in candidates:
        form = analyse_word(word)
        if form in common and all(CLASHING & set(p.tag.grammemes) for p in likely(word)):
            by_form.setdefault(form, set()).add(word)
    lines = [
        "# word form, then the words of places, organisations and pronouns that have it:",
        "# made by tools/stem_clashes.py from OpenCorpora's dictionary (pymorphy3)",
        *(f"{form} {' '.join(sorted(words))}" for form, words in sorted(by_form.items())),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(by_form)} word forms, {sum(map(len, by_form.values()))} words -> {OUT}")


if __name__ == "__main__":
    main()

"""Write tg_archiver/archive/english_forms.txt: the English nouns and verbs whose forms the
Snowball stemmer does not join (``hold``/``held``, ``crisis``/``crises``, ``child``/
``children``), one lemma and its forms a line; after a ``|``, the forms that are also words
of their own in the table (``found``, ``left``): a search for the lemma finds them, they
typed do not spread to the lemma.

Made from lemminflect's inflection table (MIT), which is installed apart to run this
(``pip install lemminflect``): it is not a dependency, because at query time it would load
numpy and its tables (about 0.5 s) for every English search, where the list here loads in a
few milliseconds. Run from the repository root: ``python tools/english_forms.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import lemminflect

from tg_archiver.archive.analysis import analyse_word

OUT = Path("tg_archiver/archive/english_forms.txt")
# Auxiliaries and modals: their forms are function words (is, was, had, could), which a
# search for one of them should not spread over.
SKIPPED = {"be", "have", "do", "can", "may", "shall", "will", "must", "ought", "need", "dare"}
# Adjectives whose comparatives are function words (more, most, less, least, fewer) or an
# adverb of time and place first (further, later), and a preposition first (near): not
# spread.
SKIPPED_ADJECTIVES = {"many", "much", "little", "few", "far", "well", "late", "near"}


def _lemma_of(form: str, lemma: str) -> bool:
    """Whether lemminflect's lemmatizer reads ``form`` as a form of ``lemma`` too (``data``
    of ``datum``; not ``feed`` of ``fee``, ``dive`` of ``diva``)."""
    return any(lemma in found for found in lemminflect.getAllLemmas(form).values())


def _participle(form: str, tag: str, table: dict[str, dict[str, tuple[str, ...]]]) -> bool:
    """Whether ``form``, a past participle with an entry of its own, is an adjective only
    (frozen, broken, spoken): typed, it is its verb's too ("frozen assets" finds "froze"),
    unlike a participle that is also a verb or a noun (found, left, ground)."""
    return tag == "VBN" and set(table[form]) <= {"JJ", "JJR", "JJS", "RB"}


def main() -> None:
    table = lemminflect.Inflections()._getInflDict()
    lines = []
    for lemma, by_tag in sorted(table.items()):
        if not (lemma.isascii() and lemma.isalpha() and lemma.islower()) or lemma in SKIPPED:
            continue
        # A noun's and a verb's forms; an adjective's comparative and superlative apart
        # (high: higher, highest; session 36), on a line of its own marked "+".
        for adjective in (False, True):
            if adjective and lemma in SKIPPED_ADJECTIVES:
                continue
            if line := _line(lemma, by_tag, table, adjective):
                lines.append(line)
    header = (
        "# lemma form... [| one-way form...]:"
        " made by tools/english_forms.py from lemminflect's table (MIT);\n"
        "# +lemma: an adjective's comparatives, reached from its own forms only\n"
    )
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} lines written to {OUT}")


def _line(
    lemma: str, by_tag: dict[str, tuple[str, ...]], table: dict[str, Any], adjective: bool
) -> str:
    """The line of ``lemma``'s noun and verb forms, or (``adjective``) its comparatives;
    "" when its forms share one word form."""
    forms, one_way = {lemma}, set()
    for tag, spelled in by_tag.items():
        if not (tag in ("JJR", "JJS") if adjective else tag.startswith(("NN", "VB"))):
            continue
        for form in (f.lower() for f in spelled if f.isascii() and f.isalpha()):
            if form == lemma or form not in table or _participle(form, tag, table):
                forms.add(form)
            elif (tag in ("VBD", "VBN", "NNS") or adjective) and _lemma_of(form, lemma):
                # A word of its own too (found, left, data, better): reached from its
                # lemma, but typed, it is its own word first.
                one_way.add(form)
    if len({analyse_word(f) for f in forms | one_way}) < 2:
        return ""
    line = ("+" if adjective else "") + " ".join([lemma, *sorted(forms - {lemma})])
    return f"{line} | {' '.join(sorted(one_way))}" if one_way else line


if __name__ == "__main__":
    main()

"""Write tg_archiver/archive/english_derivations.txt: English verbal nouns and their verbs
that the Snowball stemmer leaves apart ("qualification" qualif / "qualified" qualifi,
"recognition" / "recognize", "disarmament" / "disarm", "decision" / "decided",
"agreement" / "agreed"), one pair a line.

Made by the few regular suffixes, each pair only when both words are in pyspellchecker's
English word list (a dependency already: archive/english_words.py) at least MIN_FREQUENCY
times, and their word forms differ (the others a search joins anyway): -ification and -ify,
-ition and -ise/-ize, -ament and the verb, -ment and the verb, -sion and -de or -d. The
nouns whose meaning left their verb's, or another word that happens to be their stem
(statement: state, settlement: settle, tension: tend, version: verde), are listed in
LEXICALISED and left out. Run from the repository root: ``python tools/english_derivations.py``.
"""

from __future__ import annotations

from pathlib import Path

from spellchecker import SpellChecker

from tg_archiver.archive.analysis import analyse_word

OUT = Path("tg_archiver/archive/english_derivations.txt")
MIN_FREQUENCY = 100  # a word met at least this often in the list's corpus
MIN_VERB = 4  # letters of the verb at least
# Nouns whose verb is another word now, or whose stem is another word's.
LEXICALISED = frozenset(
    [
        "testament",
        "firmament",
        "temperament",
        "supplement",
        "interment",
        "catchment",
        "basement",
        "statement",
        "pavement",
        "placement",
        "fragment",
        "shipment",
        "movement",
        "treatment",
        "judgement",
        "settlement",
        "advisement",
        "internment",
        "version",
        "pretension",
        "tension",
        "ascension",
        "condescension",
        "provision",
        "derision",
        "allusion",
        "delusion",
        "division",
    ]
)
# (noun ending, verb endings in its place)
RULES = (
    ("ification", ("ify",)),
    ("ition", ("ise", "ize")),
    ("ament", ("",)),
    ("ment", ("",)),
    ("sion", ("de", "d")),
)


def pairs() -> list[tuple[str, str]]:
    frequency = SpellChecker().word_frequency
    words = {w for w, n in frequency.items() if n >= MIN_FREQUENCY and w.isalpha()}
    found: set[tuple[str, str]] = set()
    for noun in words - LEXICALISED:
        for ending, verb_endings in RULES:
            if not noun.endswith(ending):
                continue
            for verb_ending in verb_endings:
                verb = noun[: -len(ending)] + verb_ending
                if (
                    verb in words
                    and len(verb) >= MIN_VERB
                    and analyse_word(noun) != analyse_word(verb)
                ):
                    found.add((noun, verb))
            break  # -ament before -ment: disarmament is disarm's, not "disarma"'s
    return sorted(found)


def main() -> None:
    lines = [f"{noun} {verb}" for noun, verb in pairs()]
    header = "# noun verb: made by tools/english_derivations.py from pyspellchecker's word list"
    OUT.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    print(f"{len(lines)} pairs -> {OUT}")


if __name__ == "__main__":
    main()

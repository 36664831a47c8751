"""Write tg_archiver/archive/demonyms_ru.txt: archive/demonyms.py's Russian table, each
state's and adjective's key (its words as the dictionary reads them) then the other words,
tab-separated, one key a line.

Made from the module's list and OpenCorpora's dictionary (pymorphy3, a dependency), a
fraction of a second; a search reads the file instead of asking the dictionary of some 350
words. tests/test_demonyms.py fails when the file and the list (or the dictionary) differ.
Run from the repository root: ``python tools/demonyms_ru.py``.
"""

from __future__ import annotations

from pathlib import Path

from tg_archiver.archive.demonyms import TABLE_FILE, russian_table_made

OUT = Path("tg_archiver/archive") / TABLE_FILE


def main() -> None:
    table = russian_table_made()
    lines = [
        "# key (the words' lemmas), then the other words of the state or adjective, tab-separated:",
        "# made by tools/demonyms_ru.py from archive/demonyms.py and OpenCorpora's dictionary",
        *("\t".join([key, *others]) for key, others in table.items()),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} keys -> {OUT}")


if __name__ == "__main__":
    main()

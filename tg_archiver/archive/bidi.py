"""A text's own bidirectional controls kept to itself when shown among other text.

A channel may name itself, or write a post, with a right-to-left override (U+202E) or an
embedding or isolate it never closes: shown in a web page, an HTML export or a digest line, the
override runs on past the text, to the end of its paragraph, and shows what follows (the
date, the link, the next channel's name) reversed: "Evil‮ · 2024-03-01" reads as a spoofed
date ("Trojan Source"). :func:`closed` appends the closing marks the text left open (PDF
U+202C for an embedding or override, PDI U+2069 for an isolate), so their effect ends where
the text does; what the text shows itself is unchanged. Stored texts are never changed: this
is for output. The terminal's output escapes these characters instead (``output.printable``).
"""

from __future__ import annotations

from tg_archiver.archive import lazy_re

__all__ = ["closed"]

_CONTROLS = lazy_re.compile("[\u202a-\u202e\u2066-\u2069]")
_EMBEDDINGS = "\u202a\u202b\u202d\u202e"  # LRE, RLE, LRO, RLO: closed by PDF
_ISOLATES = "\u2066\u2067\u2068"  # LRI, RLI, FSI: closed by PDI
_PDF, _PDI = "\u202c", "\u2069"


def closed(text: str) -> str:
    """``text`` with a closing mark appended for each embedding, override or isolate it
    opened and did not close (UAX #9's pairing: a PDI closes the isolate and what opened
    inside it; a PDF closes the innermost embedding only, never across an isolate)."""
    if _CONTROLS.search(text) is None:
        return text
    open_: list[str] = []
    for m in _CONTROLS.finditer(text):
        c = m.group()
        if c in _EMBEDDINGS:
            open_.append(_PDF)
        elif c in _ISOLATES:
            open_.append(_PDI)
        elif c == _PDF:
            if open_ and open_[-1] == _PDF:
                open_.pop()
        elif _PDI in open_:  # PDI: closes the last isolate and everything inside it
            while open_.pop() != _PDI:
                pass
    return text + "".join(reversed(open_)) if open_ else text

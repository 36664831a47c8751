"""The Russian dictionary loaded for a search's start (archive/morph_dictionary.py) reads every
word as pymorphy3's own loading does: the same readings, lemmas, scores and lexemes."""

from __future__ import annotations

from typing import Any

import pymorphy3
import pymorphy3_dicts_ru
from pymorphy3.opencorpora_dict import storage, wrapper

from tg_archiver.archive.morph_dictionary import analyzer

# Words of every kind a search meets: verbs of both aspects, participles, surnames, places,
# plural-only nouns, comparatives, a hyphenated word, and words the dictionary does not know
# (read by their endings).
_WORDS = [
    "переговоры",
    "провёл",
    "проведут",
    "подписали",
    "заявляет",
    "замороженных",
    "погибших",
    "сильнее",
    "выше",
    "Лавров",
    "Захаровой",
    "Песков",
    "Армении",
    "Австрии",
    "Чад",
    "Того",
    "выборы",
    "весы",
    "человек",
    "людей",
    "санкций",
    "следующий",
    "бывший",
    "после",
    "есть",
    "был",
    "Небензе",
    "ковидный",
    "северо-западный",
    "Цзиньпином",
    "мимира",
    "ооо",
    "и",
    "в",
    "на",
]


def _stock() -> Any:
    """pymorphy3's analyzer as pymorphy3 loads it."""
    patched = wrapper.load_dict
    wrapper.load_dict = storage.load_dict
    try:
        return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path())
    finally:
        wrapper.load_dict = patched


def _readings(morph: Any, word: str) -> list[Any]:
    return [
        (
            str(p.tag),
            p.normal_form,
            p.score,
            [(f.word, str(f.tag)) for f in p.lexeme],
        )
        for p in morph.parse(word.lower())
    ]


def test_the_dictionary_loaded_for_a_search_reads_words_as_pymorphy3_loads_it() -> None:
    ours = analyzer()
    stock = _stock()
    assert type(ours.dictionary.gramtab).__name__ == "_Tags"  # its tags made on first use
    assert isinstance(stock.dictionary.gramtab, list)
    # Its word graphs read as views of their files, not copies (stock: arrays).
    graphs = [ours.dictionary.words, *ours.dictionary.prediction_suffixes_dawgs]
    assert all(isinstance(g.dct._units, memoryview) for g in graphs)
    assert not isinstance(stock.dictionary.words.dct._units, memoryview)
    known = [w for i, (w, *_) in enumerate(stock.dictionary.iter_known_words("пер")) if i % 97 == 0]
    for word in [*_WORDS, *known[:300]]:
        assert _readings(ours, word) == _readings(stock, word), word
    assert len(ours.dictionary.gramtab) == len(stock.dictionary.gramtab)
    assert [str(t) for t in ours.dictionary.gramtab] == [str(t) for t in stock.dictionary.gramtab]
    assert ours.word_is_known("переговоры") and not ours.word_is_known("небензе")

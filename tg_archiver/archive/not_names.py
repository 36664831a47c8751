"""Capitalised words that stand right before a surname in a post and are no given name: a
title ("Foreign Minister Lavrov", «Министр Лавров», "Mr Lavrov"), a word opening a sentence
("Yesterday Lavrov", «Визит Лаврова», «Вчера Лавров»), a month or a weekday ("On Monday
Lavrov").

A search for a person typed by given name and surname leaves out a post naming another person
of the surname (archive/given_names.py): a capitalised word right before the surname that is
not the given name. Official posts put a title there more often than a name, and each such
post was lost to a reader typing "Sergey Lavrov" (session 43: six of the sixteenth set's
eleven missed full names). These words are read as none. Russian ones in every singular case
(«Министра Лаврова», «Послу Небензе»), by the dictionary. Pure, but for the dictionary.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["not_given_names"]

# English: a title's last word (its first ones, "Foreign", "Deputy Prime", stand before it,
# not before the surname; a headline's title nouns, archive/titles.py, are read too), forms
# of address, and words a sentence opens with. A hyphenated title is read by its first part
# ("Secretary-General", "Vice-President").
_ENGLISH_LIST = """
Deputy Colleague Counterpart King Queen Prince Princess Emir Sultan Sheikh Pope Patriarch
Metropolitan Archbishop Cardinal Captain Colonel Major Lieutenant Marshal Admiral Professor
Academician Attache Judge Justice Commander Officer Vice Lord Lady Dame Senator
Mr Mrs Ms Dr Sir Madam Mme Herr
Yesterday Today Tomorrow Tonight Earlier Later Meanwhile Then Also However Moreover
Afterwards Subsequently Finally Here There Now When While As After Before Since Where
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
"""
_ENGLISH = _ENGLISH_LIST.split()

# Russian: titles and the nouns a sentence opens with before a surname in the genitive
# («Визит Лаврова»), declined by the dictionary; the parts of hyphenated titles
# («Вице-премьер», «Пресс-секретарь»); and words that do not decline.
_RUSSIAN_DECLINED_LIST = """
министр президент посол глава премьер спикер канцлер генсек генсекретарь председатель
директор губернатор мэр советник представитель спецпредставитель сенатор депутат коллега
король королева принц эмир султан шейх патриарх митрополит господин госпожа генерал маршал
адмирал полковник профессор академик посланник консул генконсул помощник заместитель
постпред зампред спецпосланник лидер руководитель генпрокурор прокурор судья омбудсмен
визит встреча заявление выступление интервью переговоры беседа статья ответ комментарий
послание обращение поездка позиция слово речь брифинг участие приветствие телеграмма
поздравление соболезнование письмо доклад решение указ распоряжение отставка назначение
мнение оценка
"""
_RUSSIAN_DECLINED = _RUSSIAN_DECLINED_LIST.split()
_RUSSIAN_PLAIN_LIST = """
Вице Пресс Замминистра Замглавы Экс
Вчера Сегодня Завтра Также Затем Ранее Позднее Тогда Однако Теперь Сейчас Здесь Там Именно
Лично Как Когда Где После Перед
"""
_RUSSIAN_PLAIN = _RUSSIAN_PLAIN_LIST.split()


@lru_cache(maxsize=1)
def not_given_names() -> tuple[str, ...]:
    """Each word, capitalised as it stands before a surname, longest first (so that a
    regular expression's alternation of them tries «Министра» before «Министр»)."""
    from tg_archiver.archive.lexemes import likely
    from tg_archiver.archive.titles import TITLE_NOUNS_EN

    words = set(_ENGLISH) | set(_RUSSIAN_PLAIN)
    words |= {w.capitalize() for w in TITLE_NOUNS_EN if w.isalpha()}
    for word in _RUSSIAN_DECLINED:
        words.add(word.capitalize())
        found = likely(word)
        if found:
            for form in found[0].lexeme:
                if "plur" not in form.tag.grammemes or word == "переговоры":
                    words.add(form.word.capitalize())
    return tuple(sorted(words, key=lambda w: (-len(w), w)))

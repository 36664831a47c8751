"""Find a post's topics: its hashtags, plus topics named by configured aliases.

Channels tag posts with hashtags (``#SCO``, ``#BRICS``, Cyrillic ``#ШОС``) while feed articles
carry categories or nothing at all. Topic aliases from config (``[topics]``) map several
spellings and plain phrases to one canonical topic, so an untagged article that mentions the
"Shanghai Cooperation Organisation" is found under SCO next to posts tagged ``#ШОС``. Each tag
remembers where it came from, because a hashtag is the author's word and a phrase match is
only our guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from tg_archiver.archive import lazy_re
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.models import TagOrigin

# The longest tag: an entity hashtag or a feed's category longer is none (a paragraph, markup).
MAX_TAG_CHARS = 256

__all__ = [
    "Tag",
    "TopicAliases",
    "extract_hashtags",
    "extract_tags",
    "is_abbreviation",
    "iter_hashtags",
    "tag_key",
]

# A '#' that does not continue a word, a path or an HTML entity: "C#", "a#b",
# "https://x.org/page#part", "https://x.org/#part" and "&#x27;" hold no hashtag.
# The lookbehind comes after the '#' so that re can scan for the literal '#' (ten times faster).
_HASH_RE = lazy_re.compile(r"#(?<![\w/&]#)")

# Phrases are compiled into a trie one nesting level per character; a cap keeps a pasted
# paragraph in config from building a pathological regex.
_MAX_PHRASE_CHARS = 200

# The version of the rules that find a post's topics in its text (TopicAliases's phrase
# matching: its spellings, case forms, word boundaries; archive/phrase_forms.py). Developers:
# add one whenever a change makes a stored post's phrase tags differ. The archive records the
# version (and a fingerprint of [topics]) its tags were made with (table rules_applied,
# archive/rules.py), and the service retags every post, in the background, when it finds an
# older one or another [topics]: users need not run `tg-archiver retag`.
TAG_RULES = 1

# Strongest first: a hashtag is the author's own tag, a feed category the publisher's,
# a phrase rule only our inference.
_STRENGTH: dict[TagOrigin, int] = {"hashtag": 3, "category": 2, "rule": 1}


def tag_key(name: str) -> str:
    """The case-insensitive identity of a tag: ``#ШОС``, ``шос`` and ``ШОС`` are one tag.

    Strips surrounding whitespace and leading '#', then casefolds and applies NFC, so
    differently typed or cased spellings compare equal while the shown name keeps its case.
    """
    return unicodedata.normalize("NFC", name.strip().lstrip("#").casefold())


def _is_tag_char(char: str) -> bool:
    # Letters, combining marks (needed by Devanagari, Thai, ... hashtags), digits and '_'.
    # re's \w lacks the marks, so a plain \w+ would cut "#भारत" after its first letter.
    return char == "_" or unicodedata.category(char)[0] in "LMN"


_WORD_RUN = lazy_re.compile(r"\w*")


def iter_hashtags(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, body)`` for every hashtag in ``text``, body without '#'."""
    for match in _HASH_RE.finditer(text):
        start = match.end()
        if start > 1 and unicodedata.category(text[start - 2])[0] == "M":
            continue  # '#' right after a combining mark still continues a word
        # A run of \w (letters, digits and "_": tests/test_tags.py checks that \w is
        # exactly these) matched in C, then char by char past any combining mark.
        run = _WORD_RUN.match(text, start)
        end = run.end() if run is not None else start  # \w* always matches
        while end < len(text) and _is_tag_char(text[end]):
            end += 1
        body = text[start:end]
        if body.isalpha() or any(unicodedata.category(char)[0] == "L" for char in body):
            yield match.start(), body


def extract_hashtags(text: str) -> list[str]:
    """Hashtags in ``text`` without the '#', in order of first appearance.

    A hashtag is '#' followed by letters, digits or underscores of any script, with at least
    one letter (``#2023`` is a number, not a tag), not glued to a preceding word, path or
    entity (``C#``, ``a#b``, URL fragments). Repeats are dropped case-insensitively; the first
    spelling wins.
    """
    seen: set[str] = set()
    found: list[str] = []
    for _, body in iter_hashtags(text):
        key = tag_key(body)
        if key not in seen:
            seen.add(key)
            found.append(body)
    return found


_CYRILLIC = lazy_re.compile(r"[\u0400-\u04ff]")


def _phrase_key(phrase: str) -> str:
    return " ".join(unicodedata.normalize("NFC", phrase).casefold().split())


def _phrase_spelling(phrase: str) -> str:
    # Lowercase, not casefold: the regex matches case-insensitively itself, and casefold
    # would turn "ß" into "ss", which no longer matches the "ß" of the text. An
    # abbreviation keeps its capitals: it is matched only in them.
    phrase = " ".join(unicodedata.normalize("NFC", phrase).split())
    return phrase if is_abbreviation(phrase) else phrase.lower()


ABBREVIATION_LETTERS = 3  # "UN", "EU", "SCO", "ООН": at most this many letters, all capitals


def is_abbreviation(alias: str) -> bool:
    """Whether a phrase alias is a short abbreviation ("UN", "EU", "SCO", "ШОС", "U.N."): one
    word in capitals of at most :data:`ABBREVIATION_LETTERS` letters. It is matched only as
    written in capitals: "Kim Jong Un" names no UN, "join us" no US, "who" no WHO; a longer
    one ("NATO", "BRICS") also as newspapers spell it ("Nato", "Brics")."""
    letters = sum(char.isalpha() for char in alias)
    return (
        0 < letters <= ABBREVIATION_LETTERS
        and alias.isupper()
        and not any(char.isspace() for char in alias)
    )


# Marks a capital letter of an abbreviation in the trie: matched as written, not in any case.
# It sorts after every character, so a phrase in any case is tried first ("UN Security
# Council" before "UN"), and the longest phrase still wins.
_AS_WRITTEN = "\U0010ffff"


def _trie_regex(spellings: Mapping[str, int]) -> str:
    """One regex for all phrases, shaped as a character trie.

    A flat alternation makes re try every phrase at every offset (hundreds of aliases over a
    long article took seconds); a trie tries only the branch that the next character opens.
    Each phrase ends in an empty named group ``p<index>``, so ``match.lastgroup`` says which
    phrase matched. Longer continuations come before an ending, so the longest phrase wins.
    The regex is compiled case-insensitive; a capital letter in a spelling (only an
    abbreviation keeps them: :func:`is_abbreviation`) matches only itself.
    """
    trie: dict[str, Any] = {}
    for spelling, index in spellings.items():
        node = trie
        for char in spelling:
            node = node.setdefault(_AS_WRITTEN + char if char.isupper() else char, {})
        node[""] = index

    def letter(char: str) -> str:
        if char == " ":
            return r"\s+"
        if char.startswith(_AS_WRITTEN):
            return f"(?-i:{re.escape(char[1:])})"
        return re.escape(char)

    def emit(node: dict[str, Any]) -> str:
        branches = [letter(char) + emit(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append(rf"(?!\w)(?P<p{node['']}>)")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return r"(?<!\w)" + emit(trie)


@dataclass(frozen=True)
class Tag:
    """One topic of a post: the name shown (canonical case) and where it came from."""

    name: str
    origin: TagOrigin


@dataclass(frozen=True)
class TopicAliases:
    """Configured topics and the hashtags and phrases that name them.

    Build it with :meth:`from_mapping` from config's ``[topics]`` table, e.g.
    ``{"SCO": ["#ШОС", "Shanghai Cooperation Organisation"]}``. An alias starting with '#'
    is a hashtag alias, matched case-insensitively against a post's hashtags; any other
    alias is a phrase, matched case-insensitively on word boundaries in the text, where a
    space in the phrase matches any run of whitespace. The canonical name itself counts as
    a hashtag alias, so ``#sco`` gives SCO.
    """

    topics: tuple[str, ...] = ()
    hashtag_topics: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    phrase_topics: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # (spelling, topic) of every phrase alias as configured; their case forms are made and
    # compiled on the first text matched (see _matcher), so a command that tags nothing
    # never loads the dictionary.
    _spellings: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)
    # All phrases' forms in one trie-shaped regex; group ``p<i>`` matched means
    # ``_group_topics[i]``. Made once, on first use.
    _phrase_re: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    _group_topics: tuple[str, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Sequence[str]]) -> TopicAliases:
        """Validate config's ``[topics]`` table and compile it for matching.

        Raises :class:`~archive.errors.InputError` naming the bad key (``topics.<name>``)
        when a name or alias is not a non-empty string, a hashtag alias is not a valid
        hashtag, a phrase alias is longer than 200 characters, or one alias (or name) is
        claimed by two topics.
        """
        if not isinstance(mapping, Mapping):
            raise InputError("topics must be a table of topic = [aliases]")
        topics: list[str] = []
        topic_keys: set[str] = set()
        hashtags: dict[str, str] = {}
        phrases: dict[str, str] = {}
        spellings: dict[str, str] = {}
        for raw_name, aliases in mapping.items():
            if not isinstance(raw_name, str) or not raw_name.strip().lstrip("#").strip():
                raise InputError(f"topics.{raw_name!r}: a topic name must be non-empty text")
            # Names are shown as tags, and tags are shown without '#'.
            name = unicodedata.normalize("NFC", raw_name.strip().lstrip("#").strip())
            where = f"topics.{raw_name}"
            if isinstance(aliases, str) or not isinstance(aliases, Sequence):
                raise InputError(f'{where} must be a list of aliases, e.g. ["#{name}"]')
            if tag_key(name) in topic_keys:
                raise InputError(f"{where}: topic is defined twice (names ignore case)")
            topic_keys.add(tag_key(name))
            topics.append(name)
            if _is_hashtag_body(name):
                _claim(hashtags, tag_key(name), name, where, name)
            for alias in aliases:
                if not isinstance(alias, str) or not alias.strip():
                    raise InputError(f"{where}: every alias must be non-empty text, got {alias!r}")
                alias = alias.strip()
                if alias.startswith("#"):
                    if not _is_hashtag_body(alias[1:]):
                        raise InputError(f"{where}: {alias!r} is not a valid hashtag")
                    _claim(hashtags, tag_key(alias), name, where, alias)
                else:
                    if len(alias) > _MAX_PHRASE_CHARS:
                        raise InputError(
                            f"{where}: phrase aliases are at most {_MAX_PHRASE_CHARS} characters"
                        )
                    _claim(phrases, _phrase_key(alias), name, where, alias)
                    spellings[_phrase_spelling(alias)] = name
        return cls._compiled(tuple(topics), hashtags, phrases, spellings)

    @classmethod
    def _compiled(
        cls,
        topics: tuple[str, ...],
        hashtags: dict[str, str],
        phrases: dict[str, str],
        spellings: dict[str, str],
    ) -> TopicAliases:
        return cls(
            topics=topics,
            hashtag_topics=MappingProxyType(dict(hashtags)),
            phrase_topics=MappingProxyType(dict(phrases)),
            _spellings=tuple(spellings.items()),
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled as plain dicts (a mapping proxy cannot be), so options can travel to the
        process that prepares posts ahead of an import (archive.prepare_ahead.prepared_ahead)."""
        return _unpickle_topic_aliases, (
            self.topics,
            dict(self.hashtag_topics),
            dict(self.phrase_topics),
            self._spellings,
            self._phrase_re,
            self._group_topics,
        )

    def _matcher(self) -> re.Pattern[str] | None:
        """The phrases' regex, made on first use: each phrase in each of its spellings, a
        Russian one in every case (:func:`archive.phrase_forms.case_forms`: "Шанхайской
        организации сотрудничества" is SCO's as much as its nominative)."""
        if self._phrase_re is None and self._spellings:
            from tg_archiver.archive.phrase_forms import case_forms  # loads the dictionary

            forms: dict[str, str] = {}
            for spelling, topic in self._spellings:
                declines = _CYRILLIC.search(spelling) and not is_abbreviation(spelling)
                for form in case_forms(spelling) if declines else (spelling,):
                    forms.setdefault(form, topic)
            indexes = {form: index for index, form in enumerate(forms)}
            pattern = re.compile(_trie_regex(indexes), re.IGNORECASE)
            object.__setattr__(self, "_group_topics", tuple(forms.values()))
            object.__setattr__(self, "_phrase_re", pattern)
        return self._phrase_re

    @property
    def spellings(self) -> tuple[tuple[str, str], ...]:
        """(spelling, topic) of every phrase alias as configured: what phrase tags are
        found by (archive/rules.py fingerprints it)."""
        return self._spellings

    def topic_for_hashtag(self, hashtag: str) -> str | None:
        """The canonical topic a hashtag (with or without '#') names, if any."""
        return self.hashtag_topics.get(tag_key(hashtag))

    def topic_for_label(self, label: str) -> str | None:
        """The topic a whole label such as a feed category names: a hashtag alias, the
        canonical name or a phrase alias, ignoring case and a leading '#'."""
        return self.topic_for_hashtag(label) or self.phrase_topics.get(_phrase_key(label))

    def phrases_of(self, word: str) -> tuple[str, ...]:
        """The phrase aliases of the topic ``word`` names (its name or a hashtag alias, '#'
        or not: ``SCO`` -> "shanghai cooperation organisation"), written in the script of
        ``word`` (a Cyrillic word, Cyrillic phrases): how a search of ``SCO`` also finds
        the posts that spell the name out. Empty for a word that names no topic."""
        topic = self.topic_for_hashtag(word)
        if topic is None:
            return ()
        cyrillic = _CYRILLIC.search(word) is not None
        return tuple(
            phrase
            for phrase, named in self.phrase_topics.items()
            if named == topic and (_CYRILLIC.search(phrase) is not None) == cyrillic
        )

    def topic_named(self, name: str) -> str:
        """The topic a user means by ``name`` (``SCO``, ``#sco``, the alias ``ШОС``, a phrase
        alias): the topic's own name, or ``name`` without its '#' when it is no alias (any
        hashtag is a topic of its own)."""
        name = name.strip()
        return self.topic_for_label(name) or name.lstrip("#")

    def iter_phrase_matches(self, text: str) -> Iterator[tuple[int, str]]:
        """Yield ``(offset, topic)`` for every phrase alias found in ``text``."""
        pattern = self._matcher()
        if pattern is None:
            return
        for match in pattern.finditer(text):
            group = match.lastgroup
            if group is not None:
                yield match.start(), self._group_topics[int(group[1:])]


def topics_named(names: Iterable[str], aliases: TopicAliases | None) -> tuple[str, ...]:
    """The topics ``names`` mean, as a user typed them (a digest's or a subscription's
    topics: ``SCO``, ``#BRICS``, ``ШОС``): each by :meth:`TopicAliases.topic_named`, the empty
    ones left out, each topic once (case aside), in order."""
    seen: dict[str, str] = {}
    for name in names:
        topic = aliases.topic_named(name) if aliases else name.strip().lstrip("#")
        if topic:
            seen.setdefault(tag_key(topic), topic)
    return tuple(seen.values())


def topic_list(text: str, aliases: TopicAliases | None) -> list[str]:
    """The names a digest's ``SCO,BRICS`` lists, for :func:`topics_named`: the whole text
    when it is one configured topic's own name (``[topics] "EU, NATO"``, which the parts
    ``EU`` and ``NATO`` are not), else its comma-separated parts."""
    whole = text.strip().lstrip("#").strip()
    if (
        aliases is not None
        and "," in whole
        and any(tag_key(topic) == tag_key(whole) for topic in aliases.topics)
    ):
        return [whole]
    return text.split(",")


def configured_topic_at_start(
    words: Sequence[str], aliases: TopicAliases | None
) -> tuple[str, int] | None:
    """The configured topic the first of ``words`` name, and how many words that is: the
    longest run first (``Middle East 7d``: Middle East, 2). A topic's own name need not be a
    hashtag's (``[topics] "Middle East"``, ``"EU, NATO"``), so a bot command's argument is
    tried as one before it is read as hashtag names. Its name or any alias (a phrase alias
    too) counts; None when they name no configured topic."""
    if aliases is None:
        return None
    for n in range(min(len(words), _TOPIC_WORDS), 0, -1):
        name = " ".join(words[:n]).strip().lstrip("#").strip()
        if not name:
            continue
        key = tag_key(name)
        topic = next((t for t in aliases.topics if tag_key(t) == key), None)
        if topic is None:
            topic = aliases.topic_for_label(name)
        if topic is not None:
            return topic, n
    return None


_TOPIC_WORDS = 12  # at most this many words are tried as one topic's name

TOPIC_CHARS = 64  # a topic's name as a user types it: a hashtag's body, at most this long


def is_topic_name(name: str) -> bool:
    """Whether ``name`` (a '#' before it or not) can name a topic: a hashtag's body, with a
    letter, of at most :data:`TOPIC_CHARS` characters (not "<b>x</b>", nor 10,000 letters)."""
    body = name.strip().lstrip("#")
    return len(body) <= TOPIC_CHARS and _is_hashtag_body(body)


def _is_hashtag_body(body: str) -> bool:
    return (
        bool(body)
        and all(_is_tag_char(char) for char in body)
        and any(unicodedata.category(char)[0] == "L" for char in body)
    )


def _claim(table: dict[str, str], key: str, topic: str, where: str, alias: str) -> None:
    owner = table.setdefault(key, topic)
    if owner != topic:
        raise InputError(f"{where}: alias {alias!r} already belongs to topic {owner!r}")


def extract_tags(
    text: str,
    aliases: TopicAliases,
    entity_hashtags: Iterable[str] = (),
    categories: Iterable[str] = (),
) -> list[Tag]:
    """All tags of a post, one per topic, in order of first appearance.

    Sources: hashtags from message entities (given without '#') and from the text, mapped
    through ``aliases`` to canonical names (origin ``hashtag``); phrase aliases found in the
    text (origin ``rule``); feed ``categories`` (origin ``category``, mapped to a topic when a
    category equals one of its aliases or its name). Tags are one per :func:`tag_key`; when a
    tag comes from several sources the strongest origin is kept: hashtag > category > rule.
    Order is by offset in the text; entity hashtags not found in the text follow, then
    categories. A tag that is no topic is shown as first spelled.
    """
    text = unicodedata.normalize("NFC", text)
    found: list[tuple[int, int, str, TagOrigin]] = []  # offset, source order, name, origin
    for offset, body in iter_hashtags(text):
        found.append((offset, 0, aliases.topic_for_hashtag(body) or body, "hashtag"))
    for offset, topic in aliases.iter_phrase_matches(text):
        found.append((offset, 1, topic, "rule"))
    found.sort(key=lambda item: (item[0], item[1]))

    after_text = len(text)
    for entity in entity_hashtags:
        body = unicodedata.normalize("NFC", entity.strip().lstrip("#"))
        if body:
            found.append((after_text, 0, aliases.topic_for_hashtag(body) or body, "hashtag"))
    for category in categories:
        label = " ".join(unicodedata.normalize("NFC", category).split()).lstrip("#")
        if label:
            found.append((after_text, 1, aliases.topic_for_label(label) or label, "category"))

    names: dict[str, str] = {}
    origins: dict[str, TagOrigin] = {}
    for _, _, name, origin in found:  # dicts keep first-insertion order
        key = tag_key(name)
        if key not in names:
            names[key] = name
            origins[key] = origin
        elif _STRENGTH[origin] > _STRENGTH[origins[key]]:
            origins[key] = origin
    return [Tag(names[key], origins[key]) for key in names]


def _unpickle_topic_aliases(
    topics: tuple[str, ...],
    hashtags: dict[str, str],
    phrases: dict[str, str],
    spellings: tuple[tuple[str, str], ...],
    phrase_re: re.Pattern[str] | None,
    group_topics: tuple[str, ...],
) -> TopicAliases:
    return TopicAliases(
        topics,
        MappingProxyType(hashtags),
        MappingProxyType(phrases),
        spellings,
        phrase_re,
        group_topics,
    )

"""Which rules an archive's links and tags were made with, and whether they are out of date.

A post's links (which post it copies) and its phrase tags (the topics its text names) are
decided when it is stored. When a release changes those rules (:data:`DEDUP_RULES`,
:data:`TAG_RULES`) or the user edits the config they read (``[dedup] near_threshold``,
``[topics]``), the posts stored before keep what the old rules gave them. The archive
records, in its table ``rules_applied``, the version and a fingerprint of the config each set
was last made with for every post; the service compares them with its own at start and makes
what is stale again, in the background (:mod:`archive.store.upgrades.rules`); ``stats`` and
``digest`` say when they are stale. This module is the comparison, with no I/O.

Developers: bump :data:`archive.dedup_threshold.DEDUP_RULES` or :data:`archive.tags.TAG_RULES`
in the commit that changes what those rules decide for a stored post (README, "Developing").
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Literal

from tg_archiver.archive.dedup_threshold import DEDUP_RULES
from tg_archiver.archive.tags import TAG_RULES, TopicAliases

RulesName = Literal["links", "tags"]
UNKNOWN = 0  # the version of an archive made before versions were recorded


@dataclass(frozen=True, slots=True)
class Rules:
    """A set of rules as one archive or one process has them: its version and a fingerprint
    of the config it reads ('' when not known)."""

    name: RulesName
    version: int
    config: str


def links_rules(threshold: float) -> Rules:
    """The links this code makes with ``[dedup] near_threshold = threshold``."""
    return Rules("links", DEDUP_RULES, f"near_threshold={threshold!r}")


def tags_rules(aliases: TopicAliases) -> Rules:
    """The tags this code makes with ``[topics]`` as ``aliases`` holds it."""
    return Rules("tags", TAG_RULES, topics_fingerprint(aliases))


def topics_fingerprint(aliases: TopicAliases) -> str:
    """A short digest of what ``[topics]`` tags by: its topics, hashtag aliases and phrase
    aliases, in a fixed order (the order of the config's lines does not matter)."""
    shape = {
        "topics": sorted(aliases.topics),
        "hashtags": sorted(aliases.hashtag_topics.items()),
        "phrases": sorted(aliases.spellings),
    }
    data = json.dumps(shape, ensure_ascii=False, sort_keys=True).encode()
    return "topics:" + hashlib.sha256(data).hexdigest()[:16]


def stale(recorded: Rules, wanted: Rules) -> str | None:
    """Why what ``recorded`` made is not what ``wanted`` makes, in a few words; None when
    it is. A config of '' (not recorded) is taken as the wanted one when the versions agree:
    a new archive's first posts were made by the same tg-archiver's commands."""
    if recorded.version != wanted.version:
        what = "dedup" if wanted.name == "links" else "tagging"
        if recorded.version == UNKNOWN:
            return f"{what} rules not recorded (an archive from before version {wanted.version})"
        return f"{what} rules {recorded.version} -> {wanted.version}"
    if recorded.config and recorded.config != wanted.config:
        return "[dedup] near_threshold changed" if wanted.name == "links" else "[topics] changed"
    return None

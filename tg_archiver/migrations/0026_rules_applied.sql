-- Which version of the rules made the archive's links (dedup) and topic tags, and with which
-- config, so that the service brings them up to date by itself after an upgrade that changes
-- the rules, or after an edit of `[topics]` or `[dedup] near_threshold` (before, the user had
-- to run `tg-archiver relink` and `retag` once by hand, and one who forgot kept stale links
-- and tags). See archive/rules.py for the versions and fingerprints, and
-- archive/store/upgrades/rules.py for the background work.
--
-- One row a set of rules: 'links' (archive/dedup_threshold.py DEDUP_RULES, the near
-- threshold) and 'tags' (archive/tags.py TAG_RULES, the [topics] config). `version` and
-- `config` are what every post's links or tags were last made with; 0 and '' are unknown.
-- Store.migrate writes the two rows in this same transaction
-- (archive/store/rules_state.py): version 0 in an archive that has posts (made before this
-- migration: its links and tags are made again once), the current versions in one that has
-- none yet (a new archive).
--
-- `redo_*` is an upgrade under way, a batch a transaction: the version and config it brings,
-- and the last post it did (links walk in publication order: `redo_after_at`, the post's
-- published_at, then `redo_after_id`; tags in id order: `redo_after_id`). NULL when none.
CREATE TABLE rules_applied (
    rules          TEXT PRIMARY KEY CHECK (rules IN ('links', 'tags')),
    version        INTEGER NOT NULL,
    config         TEXT NOT NULL DEFAULT '',
    redo_version   INTEGER,
    redo_config    TEXT,
    redo_after_at  TEXT,
    redo_after_id  INTEGER
);

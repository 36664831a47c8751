-- Near-duplicate band keys now come from tg-archiver's own vectorised MinHash
-- (archive/dedup.py) instead of datasketch's, which was a third of ingest time. Keys of the two
-- schemes never match, so the old ones go, and the store recomputes every original's keys from
-- its stored clean text in this same transaction (Store.migrate runs _rebuild_bands after this
-- file). An interrupted upgrade therefore leaves the old bands and this migration unapplied.
DELETE FROM post_bands;

-- Near-duplicate band keys and signatures are now made from a post's core words (its clean
-- text without channel signature, hashtag lines and "Breaking:" markers; archive/similarity.py),
-- and short posts get one key of their own. The old keys and signatures are dropped here and
-- Store.migrate recomputes both for every original in this same transaction, as for 0005 and
-- 0006. No post and no link is touched: `tg-archiver relink` recomputes the links.
DELETE FROM post_bands;
DELETE FROM post_signatures;

-- Posts a user declared distinct (`tg-archiver unlink ID`): never linked as a copy again, by
-- relink or otherwise. A row outlives re-imports of the post (its id stays).
CREATE TABLE post_unlinks (
    post_id      INTEGER PRIMARY KEY REFERENCES posts (id),
    unlinked_at  TEXT NOT NULL,
    was_copy_of  INTEGER,
    was_kind     TEXT
);

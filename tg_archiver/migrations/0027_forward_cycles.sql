-- Copies linked in a cycle, mended: an archive written before session 37 may hold two posts
-- that each say they are a forward of the other (an edited export, a hostile file), linked
-- each as the other's copy (X/1 duplicate_of Y/2 and Y/2 duplicate_of X/1). A search folds a
-- copy under its original, so it found neither ("no posts match"), `stats` counted both as
-- copies, and a digest had no original to show. Here the post of each cycle with the lowest
-- id (the first stored, as ingest now decides) is an original again; the others stay its
-- copies. Any cycle, of any length, is found by following duplicate_of from each copy (UNION:
-- each (start, post) pair once, so a walk into a cycle that does not hold its start ends).
-- When one was mended, the links are made again once by the service (rules_applied
-- 'links' version 0, archive/store/upgrades/rules.py): the post made original again had no
-- signature of its own, kept only for originals.
CREATE TEMP TABLE forward_cycle_walk AS
WITH RECURSIVE walk (start, at) AS (
    SELECT id, duplicate_of FROM posts WHERE duplicate_of IS NOT NULL
    UNION
    SELECT walk.start, posts.duplicate_of
      FROM walk JOIN posts ON posts.id = walk.at
     WHERE walk.at != walk.start AND posts.duplicate_of IS NOT NULL
)
SELECT start, at FROM walk;

UPDATE rules_applied SET version = 0
 WHERE rules = 'links'
   AND EXISTS (SELECT 1 FROM temp.forward_cycle_walk WHERE at = start);

UPDATE posts SET duplicate_of = NULL, duplicate_kind = NULL, similarity = NULL
 WHERE id IN (
    SELECT start FROM temp.forward_cycle_walk AS w
     WHERE w.at = w.start
       AND w.start = (SELECT min(o.at) FROM temp.forward_cycle_walk AS o WHERE o.start = w.start)
 );

DROP TABLE temp.forward_cycle_walk;

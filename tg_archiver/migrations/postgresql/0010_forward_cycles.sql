-- Copies linked in a cycle, mended: the same as SQLite's migration 0027 (read it for why).
-- The post of each cycle with the lowest id is an original again; when one was, the links
-- are made again once by the service.
CREATE TEMP TABLE forward_cycle_walk ON COMMIT DROP AS
WITH RECURSIVE walk (start, at) AS (
    SELECT id, duplicate_of FROM posts WHERE duplicate_of IS NOT NULL
    UNION
    SELECT walk.start, posts.duplicate_of
      FROM walk JOIN posts ON posts.id = walk.at
     WHERE walk.at <> walk.start AND posts.duplicate_of IS NOT NULL
)
SELECT start, at FROM walk;

UPDATE rules_applied SET version = 0
 WHERE rules = 'links'
   AND EXISTS (SELECT 1 FROM forward_cycle_walk WHERE at = start);

UPDATE posts SET duplicate_of = NULL, duplicate_kind = NULL, similarity = NULL
 WHERE id IN (
    SELECT w.start FROM forward_cycle_walk AS w
     WHERE w.at = w.start
       AND w.start = (SELECT min(o.at) FROM forward_cycle_walk AS o WHERE o.start = w.start)
 );

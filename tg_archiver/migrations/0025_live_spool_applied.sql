-- The live spool (archive/live_spool.py): the service appends each live event (a channel's
-- new post, an edit, a deletion) to a small SQLite file beside the archive and stores it here
-- later, in batches. Each batch's transaction records the highest spool id it applied, so a
-- service killed between this commit and the spool's delete neither loses nor doubles an
-- event: at the next start the spool's rows up to ``last_id`` are dropped, not applied again.
-- One row per spool file (its token), so a spool file made anew never has its ids taken for
-- ones applied already.
CREATE TABLE live_spool_applied (
    token    TEXT PRIMARY KEY,
    last_id  INTEGER NOT NULL
);

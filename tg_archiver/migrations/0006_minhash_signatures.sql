-- Each original's MinHash signature (archive/dedup.py: 64 little-endian uint32 minimums, 256
-- bytes), so ingest estimates a near-duplicate candidate's similarity from it and re-reads
-- and re-shingles the clean text only of the few candidates the estimate cannot rule out.
-- Only posts with band keys (originals of MIN_WORDS words or more) have one. Store.migrate
-- fills the table for existing originals from their clean text in this same transaction, as
-- it rebuilt the band keys for 0005.
CREATE TABLE post_signatures (
    post_id    INTEGER PRIMARY KEY REFERENCES posts (id),
    signature  BLOB NOT NULL
);

-- Where a post's date comes from (archive/models.py, DateSource): 'source' the platform's own
-- date, 'text' a dateline found in the post (archive/textdates.py), 'file' the modification
-- time of the file it was imported from, i.e. the post is undated. Digests leave undated posts
-- out unless asked (include_undated, `digest --undated`) and label them "undated".
--
-- Adding a column with a constant default rewrites no row; the UPDATE is one statement that
-- SQLite runs row by row, so memory stays bounded whatever the archive's size. Posts stored
-- before this version from text dumps (import sources that are not Telegram Desktop exports,
-- archive/importers/textdump.py) were all dated by their file: they become 'file'. A later
-- re-import of the dump changes nothing (the posts are unchanged), so they stay undated.
ALTER TABLE posts ADD COLUMN date_source TEXT NOT NULL DEFAULT 'source'
    CHECK (date_source IN ('source', 'text', 'file'));

UPDATE posts SET date_source = 'file'
 WHERE source_id IN (SELECT id FROM sources WHERE kind = 'import' AND key NOT LIKE 'tdesktop:%');

-- What the service's import scan must look at again in a file it imported, though the file
-- itself (its size and modification time) has not changed (archive/ingest.py,
-- import_new_files):
--
-- awaited_media: a Telegram Desktop export whose files were not all there when it was read
--   (a photo not in the folder yet, or shorter than the export says: a copy still under way,
--   result.json first), as JSON: the export's folders that were to hold them and a mark of
--   what those folders held then (archive/media_import.py, AwaitedFiles). When a folder's
--   mark changes, the export is read again and the files that came are kept. NULL: nothing
--   awaited ("File not included" in the export is no file to wait for).
-- last_post: a text dump's last post at that read, "<its place among the dump's posts> <its
--   id>" (archive/importers/textdump_tail.py). A dump read while it was being written ends
--   in a post cut off; when the dump has changed, the post at that place that completes it
--   is stored as that post's edit, not as a post of its own beside the cut-off one.
--
-- Adding nullable columns rewrites no row; the files imported before keep NULL in both.
ALTER TABLE imported_files ADD COLUMN awaited_media TEXT;
ALTER TABLE imported_files ADD COLUMN last_post TEXT;

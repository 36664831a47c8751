-- What the service's import scan must look at again in a file it imported, though the file
-- itself has not changed: the same two columns as SQLite's migration 0022 (see there), so
-- `tg-archiver copy` moves them.
ALTER TABLE imported_files ADD COLUMN awaited_media TEXT;
ALTER TABLE imported_files ADD COLUMN last_post TEXT;

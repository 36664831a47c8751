"""``tg-archiver serve``: the archive in a browser and in feed readers (read-only)."""

"""The data steps of migrations: what a migration's SQL alone cannot do, run in Python inside
the migration's transaction (or resumably, a batch a transaction) by
:meth:`archive.store.connection.Connection.migrate`. One module a step; each speaks SQLite, and a
PostgreSQL archive, created at the current schema, needs none of them."""

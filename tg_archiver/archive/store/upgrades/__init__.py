"""The data steps of migrations: what a migration's SQL alone cannot do, run in Python inside
the migration's transaction (or resumably, a batch a transaction) by
:meth:`archive.store.connection.Connection.migrate`. One module a step; each speaks SQLite, and
the few a PostgreSQL archive needs too have a ``_pg`` sibling, run by
:meth:`archive.store.connection_pg.PgConnection.migrate`."""

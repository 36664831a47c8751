"""The schema of an archive on PostgreSQL, ``NNNN_name.sql``, applied in order by
:mod:`archive.store.connection_pg` (each file once, in its own transaction)."""

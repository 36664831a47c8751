"""``tg-archiver spool [--retry]``: the live posts the archive would not take, seen and retried.

The service keeps a live event the archive refuses in its spool's ``set_aside`` table with the
reason (:mod:`archive.spool_drain`), never dropped. This lists them (id, kind, when it arrived,
the channel and message, the reason) and, with ``--retry``, puts them back at the end of the
spool and stores what waits as any reading command does (:mod:`archive.spool_settle`): a
record the archive still refuses is set aside again, with its reason. Beside a running
service the rows are put back and that service stores them within a minute.
"""

from __future__ import annotations

import argparse
import json
import sys

from tg_archiver.archive.config import Config
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.live_spool import LiveSpool, SetAside, spool_path
from tg_archiver.archive.spool_settle import store_what_waits
from tg_archiver.archive.store import Store
from tg_archiver.output import printable


async def cmd_spool(store: Store, config: Config, args: argparse.Namespace) -> int:
    if store.engine != "sqlite":
        print("a PostgreSQL archive has no live spool: nothing is set aside")
        return 0
    path = spool_path(store.path)
    if not path.exists():
        print(f"no live spool beside {store.path}: nothing is set aside")
        return 0
    spool = LiveSpool.open(path)
    try:
        kept = spool.set_aside_rows()
        if not args.retry:
            for row in kept:
                print(printable(_line(row)))
            print(f"{len(kept)} live event(s) set aside in {path}")
            if kept:
                print("`tg-archiver spool --retry` stores them again")
            return 0
        put_back = spool.put_back([r.id for r in kept]) if kept else 0
    finally:
        spool.close()
    said = await store_what_waits(store, config)
    if said is not None:
        print(printable(f"tg-archiver: note: {said}"), file=sys.stderr)
    spool = LiveSpool.open(path)
    try:
        again = spool.set_aside_count()
    finally:
        spool.close()
    print(f"{put_back} live event(s) put back; {again} set aside again")
    if again:
        raise InputError(f"the archive still refuses {again} live event(s): `tg-archiver spool`")
    return 0


def _line(row: SetAside) -> str:
    where = "?"
    try:
        body = json.loads(row.body)
        if row.kind == "deleted":
            where = f"{body['kind']} {body['key']} ids {','.join(map(str, body['ids']))[:200]}"
        else:
            where = f"{body['source']['kind']} {body['source']['key']} #{body['external_id']}"
    except (ValueError, KeyError, TypeError):
        pass
    return f"{row.id}\t{row.kind}\t{row.at}\t{where[:300]}\t{row.error[:500]}"

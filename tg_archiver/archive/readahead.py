"""Reading an iterator ahead of its consumer, in a thread of its own."""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterator
from typing import Any, TypeVar

_T = TypeVar("_T")


def read_ahead(
    items: Iterator[_T], *, depth: int = 4, name: str = "read-ahead"
) -> Generator[_T, None, None]:
    """``items``, read by a thread of their own up to ``depth`` ahead of the caller.

    For work that lets go of the GIL on one side (SQLite's steps, a file's writes), so the
    next items are read while the caller deals with this one. Every step of ``items`` (a
    store's cursor, bound to the thread that opened it) runs in the reading thread, its close
    too when the caller stops early; an error there is raised here, after the items read
    before it.
    """
    ready: queue.Queue[tuple[bool, Any]] = queue.Queue(depth)
    stop = threading.Event()

    def offer(entry: tuple[bool, Any]) -> bool:
        while not stop.is_set():
            try:
                ready.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False  # the caller has stopped

    def read() -> None:
        try:
            for item in items:
                if not offer((True, item)):
                    return
            offer((False, None))
        except BaseException as e:  # handed to the caller, who raises it
            offer((False, e))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    reader = threading.Thread(target=read, name=name, daemon=True)
    reader.start()
    try:
        while True:
            more, item = ready.get()
            if not more:
                if item is not None:
                    raise item
                return
            yield item
    finally:
        stop.set()
        reader.join()

"""A blocking job in a worker thread that Ctrl-C stops between two of its steps.

``asyncio.to_thread`` cannot stop its thread: cancelling the await (which is what
``asyncio.run`` does on SIGINT) returns at once, while the thread runs on to its end, and
the interpreter then waits for it. An export interrupted after half a second went on to
write the whole file, renamed it over the old one, and only then said it was interrupted.
Here the job is handed a :class:`StopFlag`, and checks it between rows or batches;
:func:`run_stoppable` sets the flag when it is cancelled and waits for the thread to end,
so nothing the job does (a rename over the old file) comes after the command has said it
stopped. :func:`run_cancellable` is the same for a task that is cancelled and stays so (the
service's /export, stopped with the service).
"""

from __future__ import annotations

import asyncio
import signal
import socket
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import TypeVar

from tg_archiver.archive.errors import Interrupted

_T = TypeVar("_T")


class StopFlag:
    """Set on the event loop, checked in the worker thread."""

    def __init__(self) -> None:
        self._set = threading.Event()

    def set(self) -> None:
        self._set.set()

    def is_set(self) -> bool:
        return self._set.is_set()

    def check(self) -> None:
        """Raise :class:`~archive.errors.Interrupted` once the flag is set."""
        if self._set.is_set():
            raise Interrupted("stopped before the end")

    def each(self, items: Iterable[_T]) -> Generator[_T, None, None]:
        """``items``, the flag checked before each. ``items`` is closed when this ends
        (however it ends), in the thread that steps this: a store's reading cursor must be
        closed in the thread that opened it."""
        try:
            for item in items:
                self.check()
                yield item
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()


async def run_stoppable(job: Callable[[StopFlag], _T]) -> _T:
    """``job(flag)`` in a worker thread; what it returns.

    Cancelled (Ctrl-C), the flag is set and the thread is waited for, then the job's outcome
    is the command's: a job that stopped at the flag raises
    :class:`~archive.errors.Interrupted` (and the cancellation is taken back: the error says
    what happened); a job that finished anyway, the signal having come after its last step,
    returns its result as if nothing had come. A second Ctrl-C while waiting is
    ``asyncio.run``'s: it raises ``KeyboardInterrupt`` at once.
    """
    flag = StopFlag()
    running = asyncio.ensure_future(asyncio.to_thread(job, flag))
    with _woken_by_signals():
        try:
            return await asyncio.shield(running)
        except asyncio.CancelledError:
            flag.set()
            await asyncio.wait({running})
            if running.cancelled():  # not by us: the loop is being shut down
                raise
            task = asyncio.current_task()
            if task is not None:
                task.uncancel()
            return running.result()


async def run_cancellable(job: Callable[[], _T], stop: StopFlag) -> _T:
    """``job()`` in a worker thread that checks ``stop`` between its steps, for a task that
    is cancelled rather than interrupted: the bot's /export when the service stops (telethon
    cancels a running handler), a web download when the server stops.

    Cancelled, ``stop`` is set and the thread is waited for, then the cancellation goes on
    (the job's own end, :class:`~archive.errors.Interrupted` or a result, is nobody's news
    by then). So the caller's clean-up (a temporary folder removed) comes after the job's
    last write, and the process does not wait, at its exit, for a job nobody wants.
    """
    running = asyncio.ensure_future(asyncio.to_thread(job))
    try:
        return await asyncio.shield(running)
    except asyncio.CancelledError:
        stop.set()
        await asyncio.wait({running})
        if not running.cancelled():
            running.exception()  # taken, so that asyncio does not log it as never retrieved
        raise


@contextmanager
def _woken_by_signals() -> Iterator[None]:
    """The event loop woken when a signal comes, so that its Python handler runs at once.

    The kernel may hand SIGINT to the worker thread, and Python runs the handler in the main
    thread only, which that does not wake: asleep in the loop's select, it ran the handler
    when something else woke it (in an export to a pipe, when the export had ended). A
    wake-up file descriptor (what the loop's own ``add_signal_handler`` sets) is written to
    whichever thread receives the signal. Only in the main thread, and only when none is set
    (one set already is the loop's own, which does the same).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    loop = asyncio.get_running_loop()
    receive, send = socket.socketpair()
    receive.setblocking(False)
    send.setblocking(False)
    try:
        previous = signal.set_wakeup_fd(send.fileno(), warn_on_full_buffer=False)
        if previous != -1:  # someone else's: left in place
            signal.set_wakeup_fd(previous)
            yield
            return
        loop.add_reader(receive, _drain, receive)
        try:
            yield
        finally:
            signal.set_wakeup_fd(-1)
            loop.remove_reader(receive)
    finally:
        receive.close()
        send.close()


def _drain(receive: socket.socket) -> None:
    """Read the signal numbers written to the wake-up socket: waking the loop was the point
    (the signals' own handlers do the rest)."""
    with suppress(BlockingIOError):
        while receive.recv(4096):
            pass

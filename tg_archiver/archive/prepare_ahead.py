"""Posts prepared for the store (:func:`prepared`: the pipeline, an error naming the file),
for a long import in a worker process, ahead of the store (:func:`prepared_ahead`), so that
the pipeline's CPU work is hidden behind the store's on a second core.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from itertools import islice
from typing import Any

from tg_archiver.archive.errors import InputError
from tg_archiver.archive.import_files import Wheres
from tg_archiver.archive.models import Post
from tg_archiver.archive.pipeline import PipelineOptions, PreparedPost, prepared_until, with_post
from tg_archiver.archive.readahead import read_ahead
from tg_archiver.archive.store import CHUNK


def prepared(
    posts: Iterable[Post], options: PipelineOptions, where: str | Wheres
) -> Iterator[PreparedPost]:
    """Each post prepared, ``PREPARE_MANY`` at a time (:func:`prepare_many`'s array work is
    shared by them). An InputError names the file and comes after the posts before it; so
    does an error reading the posts."""
    it = iter(posts)
    while True:
        batch: list[Post] = []
        failed: Exception | None = None
        try:
            batch.extend(islice(it, PREPARE_MANY))
        except Exception as e:  # raised once the posts read before it are given
            failed = e
        done, error = prepared_until(batch, options)
        yield from done
        if error is not None:
            post = batch[len(done)]
            label = where if isinstance(where, str) else where.of(post)
            raise InputError(f"{label}: {error}") from None
        if failed is not None:
            raise failed
        if len(batch) < PREPARE_MANY:
            return


# Posts prepared together: a few dozen share the fingerprints' array calls about as well
# as more, and a short stream's first posts are not held back long.
PREPARE_MANY = 32


INLINE_POSTS = 2_000  # a stream longer than this is prepared in a worker process


PREPARE_AHEAD = 2  # chunks the worker may prepare ahead of the one being stored


def prepared_ahead(
    posts: Iterable[Post], options: PipelineOptions, where: str | Wheres
) -> Generator[PreparedPost, None, None]:
    """:func:`prepared`, but for a long stream in a worker process, ahead of the store.

    ``prepare`` is pure CPU (regular expressions, so threads would not help), about as long
    per post as storing it; with a second core it is hidden behind the store's work. The
    first ``INLINE_POSTS`` posts are prepared here (a short import or a live batch never pays
    for starting a process), and so are all of them when this process may run on one core
    only (``taskset -c 0``, a container's one CPU): a worker would then only take turns
    with it, and each post would cross the pipe twice for nothing. Otherwise chunks of
    ``CHUNK`` posts, read in a thread (so parsing the file overlaps the store's SQLite
    work), go to one worker, at most ``PREPARE_AHEAD`` chunks ahead (bounded memory), and
    come back in order, without their posts (this process has them). An InputError
    reaches the caller at the same post, with the same message, as from :func:`prepared`.
    Close the generator (``contextlib.closing``) so the worker stops with the caller; a
    worker whose parent dies (a kill) exits too, and it never touches the archive.
    """
    it = iter(posts)
    if _cores() < 2:
        yield from prepared(it, options, where)
        return
    head = _Counted(islice(it, INLINE_POSTS))
    yield from prepared(head, options, where)  # lazily: a reading error comes at its post
    if head.count < INLINE_POSTS:
        return
    pool = ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("spawn"),  # no fork of a threaded process
        initializer=_worker_started,
    )

    def submitted() -> Iterator[tuple[list[Post], _Prepared]]:
        """Chunks of the stream, read (in the read-ahead thread) and handed to the worker."""
        while True:
            batch: list[Post] = []
            error: Exception | None = None
            try:
                batch.extend(islice(it, CHUNK))
            except Exception as e:  # raised once the posts read before it are stored
                error = e
            if batch:
                yield batch, pool.submit(_prepare_batch, batch, options, where)
            if error is not None:
                raise error
            if not batch:
                return

    try:
        ahead = read_ahead(submitted(), depth=PREPARE_AHEAD + 1, name="import reader")
        with closing(ahead):
            for batch, chunk in ahead:
                done, error = chunk.result()
                yield from map(with_post, batch, done)  # as far as the worker got
                if error is not None:
                    raise error
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# A chunk, in the worker: PreparedPost.without_post of each post prepared, and the error.
_Prepared = Future[tuple[list[tuple[Any, ...]], InputError | None]]


def _cores() -> int:
    """The CPUs this process may run on (its affinity, where the platform tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class _Counted:
    """Counts the items taken from an iterator."""

    def __init__(self, items: Iterator[Post]) -> None:
        self._items = items
        self.count = 0

    def __iter__(self) -> Iterator[Post]:
        for item in self._items:
            self.count += 1
            yield item


def _prepare_batch(
    posts: list[Post], options: PipelineOptions, where: str | Wheres
) -> tuple[list[tuple[Any, ...]], InputError | None]:
    """In the worker: the chunk's prepared posts up to the first refused one, and its error
    (so ``--partial`` keeps every post before it, as without a worker). Each without its
    post (:meth:`PreparedPost.without_post`): the caller has it."""
    done: list[tuple[Any, ...]] = []
    try:
        done.extend(p.without_post() for p in prepared(posts, options, where))
    except InputError as e:
        return done, e
    return done, None


def _worker_started() -> None:
    """In the worker: Ctrl-C is the parent's to handle, and the worker goes when it goes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()  # returns when the parent process ends, however it ends
    os._exit(0)


class StopAtError:
    """Yields from ``items`` until an InputError, which it keeps instead of raising."""

    def __init__(self, items: Iterable[PreparedPost]) -> None:
        self._items = items
        self.error: InputError | None = None
        self.count = 0

    def __iter__(self) -> Iterator[PreparedPost]:
        try:
            for item in self._items:
                self.count += 1
                yield item
        except InputError as e:
            self.error = e

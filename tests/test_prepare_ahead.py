"""Preparing a long stream in a worker process (archive.prepare_ahead.prepared_ahead): the same
prepared posts in the same order, the same one-line error at the same post, and a worker
that never outlives its parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from conftest import NOW, OPTIONS, dump, make_post

import tg_archiver.archive.prepare_ahead as archive_prepare_ahead
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.models import Post
from tg_archiver.archive.prepare_ahead import StopAtError, prepared, prepared_ahead
from tg_archiver.archive.store import Store

STATEMENT = "On the talks of the ministers of foreign affairs #SCO in Astana, number {i}, today"


@pytest.fixture(autouse=True)
def _small_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    # A few posts inline, then chunks of 4 to the worker: every path with a dozen posts.
    monkeypatch.setattr(archive_prepare_ahead, "INLINE_POSTS", 3)
    monkeypatch.setattr(archive_prepare_ahead, "CHUNK", 4)


def _posts(n: int, bad: int | None = None) -> list[Post]:
    return [
        make_post(i, "bad\x00" if i == bad else STATEMENT.format(i=i) * (1 + i % 3))
        for i in range(n)
    ]


def _key(p: archive_prepare_ahead.PreparedPost) -> tuple[object, ...]:
    return (p.post, p.clean_text, p.content_hash, p.tags, p.bands, p.signature.tolist())


def test_worker_prepares_the_same_posts_in_order() -> None:
    posts = _posts(17)
    with closing(prepared_ahead(posts, OPTIONS, "here")) as items:
        ahead = [_key(p) for p in items]
    assert ahead == [_key(p) for p in prepared(posts, OPTIONS, "here")]


def _every_field(p: archive_prepare_ahead.PreparedPost) -> tuple[object, ...]:
    return (
        *_key(p),
        p.search_stems,
        p.core,
        p.shingles.dtype.str,
        p.shingles.tolist(),
        p.signature.dtype.str,
    )


def test_every_field_crosses_the_worker_pipe_intact() -> None:
    # The worker sends prepared posts compactly (PreparedPost.__reduce__: core words as one
    # string, arrays as bytes): long, short, one-word and empty posts, Cyrillic and Latin.
    texts = [
        STATEMENT.format(i=1) * 3,
        "Лавров провёл переговоры с министром иностранных дел Турции в Анкаре сегодня утром",
        "Коротко: встреча",
        "Single",
        "",
        "#SCO #ШОС\n\nSubscribe: t.me/mfa",
        STATEMENT.format(i=2),
    ]
    posts = [
        make_post(i, text, title="Заголовок" if i % 2 else None) for i, text in enumerate(texts)
    ]
    posts *= 3  # past INLINE_POSTS, over several worker chunks
    with closing(prepared_ahead(posts, OPTIONS, "here")) as items:
        ahead = [_every_field(p) for p in items]
    assert ahead == [_every_field(p) for p in prepared(posts, OPTIONS, "here")]
    assert any(not p[-2] for p in ahead) and any(len(p[-2]) > 10 for p in ahead)


async def test_error_in_the_worker_is_one_line_and_rolls_back(store: Store) -> None:
    before = dump(store.path)
    with pytest.raises(InputError) as raised:
        async with store.transaction():
            with closing(prepared_ahead(_posts(14, bad=10), OPTIONS, "here")) as items:
                await store.ingest(items, now=NOW)
    assert str(raised.value) == "here: post 10: text contains a NUL character"
    assert dump(store.path) == before


async def test_partial_mode_keeps_the_posts_before_an_error_in_the_worker(store: Store) -> None:
    async with store.transaction():
        with closing(prepared_ahead(_posts(14, bad=10), OPTIONS, "here")) as items:
            guarded = StopAtError(items)
            report = await store.ingest(guarded, now=NOW)
    assert report.added == guarded.count == 10
    assert str(guarded.error) == "here: post 10: text contains a NUL character"


async def test_a_reading_error_comes_after_the_posts_read_before_it(store: Store) -> None:
    def read() -> Iterator[Post]:
        yield from _posts(9)
        raise InputError("export.json: message at index 9 is broken")

    async with store.transaction():
        with closing(prepared_ahead(read(), OPTIONS, "here")) as items:
            guarded = StopAtError(items)
            report = await store.ingest(guarded, now=NOW)
    assert report.added == guarded.count == 9
    assert str(guarded.error) == "export.json: message at index 9 is broken"


_ORPHAN = """
import time
import tg_archiver.archive.prepare_ahead as prepare_ahead
from conftest import OPTIONS, make_post
prepare_ahead.INLINE_POSTS, prepare_ahead.CHUNK = 1, 1
posts = (make_post(i, f"post {i} of a stream whose reader never ends") for i in range(9))
items = prepare_ahead.prepared_ahead(posts, OPTIONS, "here")
next(items)
next(items)  # the first post the worker prepared
import multiprocessing
print(*[p.pid for p in multiprocessing.active_children()], flush=True)
time.sleep(3600)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def test_worker_exits_when_its_parent_is_killed() -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    parent = subprocess.Popen(
        [sys.executable, "-c", _ORPHAN], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert parent.stdout is not None
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert workers and all(_alive(pid) for pid in workers)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)


def test_closing_early_stops_the_reader_and_the_worker() -> None:
    # The stream is read in a thread, ahead of the caller: closing the generator after a few
    # posts stops that thread (it is not left blocked on a full queue) and the worker.
    import threading

    read: list[int] = []

    def stream() -> Iterator[Post]:
        for i, post in enumerate(_posts(400)):
            read.append(i)
            yield post

    with closing(prepared_ahead(stream(), OPTIONS, "here")) as items:
        first = [_key(next(items)) for _ in range(6)]
    assert first == [_key(p) for p in prepared(_posts(6), OPTIONS, "here")]
    assert not [t for t in threading.enumerate() if t.name == "import reader"]
    assert len(read) < 400  # bounded read-ahead: it stopped long before the end


_ONE_CORE = """
import multiprocessing, os
import tg_archiver.archive.prepare_ahead as prepare_ahead
from conftest import OPTIONS, make_post
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # as under taskset -c 0
prepare_ahead.INLINE_POSTS, prepare_ahead.CHUNK = 1, 1
posts = [make_post(i, f"post {i} of a stream on one core") for i in range(9)]
done = [p.post.external_id for p in prepare_ahead.prepared_ahead(posts, OPTIONS, "here")]
print(len(done), len(multiprocessing.active_children()), flush=True)
"""


def test_on_one_core_the_stream_is_prepared_here_without_a_worker() -> None:
    # A worker on the same one core would only take turns with this process, and every post
    # would cross the pipe twice.
    done = subprocess.run(
        [sys.executable, "-c", _ONE_CORE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["9", "0"]  # every post, and no process started

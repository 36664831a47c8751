"""archive.stopping: a worker thread's job that a cancellation (Ctrl-C, a service stopping)
stops between steps.

Real threads and a real event loop; the task is cancelled as ``asyncio.run`` cancels the
main task on SIGINT. The whole command under a real SIGINT is test_export_stops.py's.
"""

from __future__ import annotations

import asyncio
import itertools
import signal
import threading
import time
from collections.abc import Iterator

import pytest

from tg_archiver.archive.errors import Interrupted
from tg_archiver.archive.stopping import StopFlag, run_cancellable, run_stoppable

HUNG = 120  # seconds: only a job that is never stopped waits this long


async def _cancel_when(started: threading.Event, task: asyncio.Task[int]) -> None:
    await asyncio.to_thread(started.wait)
    task.cancel()


async def test_a_cancelled_job_stops_at_its_next_step_and_says_so() -> None:
    started = threading.Event()
    steps: list[int] = []

    def job(stop: StopFlag) -> int:
        for n in stop.each(range(10**9)):
            steps.append(n)
            started.set()
        return len(steps)

    task = asyncio.ensure_future(run_stoppable(job))
    await _cancel_when(started, task)
    with pytest.raises(Interrupted, match="stopped before the end"):
        await task
    assert 0 < len(steps) < 10**9


async def test_a_job_that_finished_before_the_stop_keeps_its_result() -> None:
    """The signal came after the last step: the command ends as its work did."""
    started, finish = threading.Event(), threading.Event()

    def job(stop: StopFlag) -> int:
        started.set()
        finish.wait()  # the stop is asked for meanwhile; the job has no step left to check
        return 7

    async def main() -> tuple[int, int]:
        task = asyncio.ensure_future(run_stoppable(job))
        await _cancel_when(started, task)
        finish.set()  # before or after the flag is set: the job checks it no more
        result = await task
        return result, task.cancelling()

    assert await main() == (7, 0)


async def test_the_thread_has_ended_when_the_stopped_job_is_reported() -> None:
    """Nothing the job does (a rename over the old file) comes after the command returns."""
    started = threading.Event()
    ended: list[str] = []

    def job(stop: StopFlag) -> int:
        try:
            for _ in stop.each(iter(int, 1)):  # endless
                started.set()
        finally:
            ended.append(threading.current_thread().name)
        return 0

    task = asyncio.ensure_future(run_stoppable(job))
    await _cancel_when(started, task)
    with pytest.raises(Interrupted):
        await task
    assert len(ended) == 1


async def test_a_cancelled_job_of_a_task_has_ended_when_the_cancellation_goes_on() -> None:
    """run_cancellable (the bot's /export, the web's downloads, when the service stops): the
    cancellation stays one, and comes out after the job's last step (the caller then removes
    the job's file), not at once while the thread runs on."""
    started = threading.Event()
    ended: list[str] = []
    stop = StopFlag()

    def job() -> int:
        try:
            for _ in stop.each(iter(int, 1)):  # endless
                started.set()
        finally:
            ended.append(threading.current_thread().name)
        return 0

    task = asyncio.ensure_future(run_cancellable(job, stop))
    await asyncio.to_thread(started.wait)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert len(ended) == 1


async def test_a_task_job_that_is_not_cancelled_returns_its_result() -> None:
    stop = StopFlag()

    def job() -> int:
        return sum(stop.each(range(10)))

    assert await run_cancellable(job, stop) == 45


def test_each_closes_what_it_wraps_in_the_thread_that_steps_it() -> None:
    closed_in: list[str] = []

    def items() -> Iterator[int]:
        try:
            yield from range(10)
        finally:
            closed_in.append(threading.current_thread().name)

    stop = StopFlag()
    wrapped = stop.each(items())

    def step() -> None:
        assert next(wrapped) == 0
        stop.set()
        with pytest.raises(Interrupted):
            next(wrapped)

    worker = threading.Thread(target=step, name="export-writer")
    worker.start()
    worker.join()
    assert closed_in == ["export-writer"]


def test_a_ctrl_c_that_the_worker_thread_receives_still_stops_the_job() -> None:
    """The kernel gives SIGINT to any thread of the process, and Python runs its handler in
    the main thread only, which sleeps in the loop's select meanwhile: run_stoppable has the
    signal wake it. Here the signal is sent to the worker thread itself, under asyncio.run's
    own handler (as in the CLI)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)

    def job(stop: StopFlag) -> str:
        # Give the loop time to fall asleep in its select (awake, it would see the signal
        # anyway: the test passes either way once the signal wakes it).
        time.sleep(0.5)
        signal.pthread_kill(threading.get_ident(), signal.SIGINT)
        deadline = time.monotonic() + HUNG
        for _ in stop.each(itertools.count()):
            if time.monotonic() > deadline:
                return "never stopped"
            time.sleep(0.001)
        return "the end"

    try:
        with pytest.raises(Interrupted):
            asyncio.run(run_stoppable(job))
        assert signal.set_wakeup_fd(-1) == -1  # the wake-up was run_stoppable's while it ran
    finally:
        signal.signal(signal.SIGINT, previous)

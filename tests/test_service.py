"""`tg-archiver run`: one cycle with --once, and a long run that stops cleanly on a signal."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from telegram_harness import (
    OfflineTelegram,
    bot_only,
    channel,
    channel_message,
    dispatch,
    update_new_channel_message,
    user_session,
)

from tg_archiver.archive.config import Config, TelegramConfig
from tg_archiver.archive.store import ExportFilter
from tg_archiver.bot.service import Service

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_CONFIG = ROOT / "config.example.toml"

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Loopback News</title><link>http://127.0.0.1/</link>
<item><title>Summit of the Shanghai Cooperation Organisation opens</title>
<link>http://127.0.0.1/a/1</link><guid>loop-1</guid><pubDate>Mon, 04 Mar 2024 14:00:00 GMT</pubDate>
<description>Leaders arrive in the capital for the summit.</description></item>
</channel></rss>"""


def count(db: Path, table: str = "posts") -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_run_once_ingests_the_example_sources_without_telegram(cli, tmp_path, caplog) -> None:
    db = tmp_path / "a.db"
    caplog.set_level("INFO")
    r = cli("--config", EXAMPLE_CONFIG, "--db", db, "run", "--once")
    assert r.code == 0, r.err
    assert count(db) == 12  # 7 from the export, 2 from the dump, 3 from the feed
    assert count(db, "imported_files") == 2
    assert any("telegram=off" in m for m in caplog.messages)
    with sqlite3.connect(db) as conn:
        (failures, success) = conn.execute(
            "SELECT failures, last_success_at FROM feed_state"
        ).fetchone()
    assert failures == 0 and success


def test_second_run_once_skips_unchanged_files(cli, tmp_path) -> None:
    db = tmp_path / "a.db"
    cli("--config", EXAMPLE_CONFIG, "--db", db, "run", "--once")
    with sqlite3.connect(db) as conn:
        before = conn.execute("SELECT path, imported_at FROM imported_files").fetchall()
    r = cli("--config", EXAMPLE_CONFIG, "--db", db, "run", "--once")
    assert r.code == 0
    assert count(db) == 12
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT path, imported_at FROM imported_files").fetchall() == before


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_run_polls_until_a_signal_then_exits_zero(tmp_path, httpserver, sig) -> None:
    httpserver.expect_request("/rss").respond_with_data(RSS, content_type="application/rss+xml")
    config = tmp_path / "c.toml"
    config.write_text(
        f'[archive]\ndatabase = "a.db"\n\n[[feeds]]\nurl = "{httpserver.url_for("/rss")}"\n'
    )
    db = tmp_path / "a.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "tg_archiver", "--config", str(config), "-v", "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        # A child's start, its migration and first poll: more than 30 s on a loaded machine
        # is possible; the bound only stops a hung test.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if db.exists():
                try:
                    if count(db) == 1:
                        break
                except sqlite3.OperationalError:
                    pass
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)
        else:
            raise AssertionError("the service stored nothing within 120 s")
        time.sleep(0.3)
        assert proc.poll() is None  # still running: it keeps polling
        proc.send_signal(sig)
        _out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "service stopped" in err
    assert "Traceback" not in err


def _service(config: Path) -> subprocess.Popen[str]:
    """`tg-archiver run` in a child process, as a terminal's Ctrl-C would reach it."""
    return subprocess.Popen(
        [sys.executable, "-m", "tg_archiver", "--config", str(config), "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def test_ctrl_c_of_run_while_it_imports_a_file_is_one_line_and_a_rerun_imports_it(
    cli, tmp_path
) -> None:
    # It logged `ERROR apscheduler...: Job "Service.scan_imports ..." raised an exception`
    # and the CancelledError's traceback.
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    dump = inbox / "dump.txt"
    dump.write_text("Forwarded from MFA\nA statement from the folder.\n")
    config = tmp_path / "c.toml"
    config.write_text(f'[archive]\ndatabase = "a.db"\n\n[import]\npaths = ["{inbox}"]\n')
    db = tmp_path / "a.db"
    assert cli("--config", config, "migrate").code == 0
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process writing: the file's import waits
    proc = _service(config)
    try:
        assert proc.stderr is not None
        err = ""
        for line in proc.stderr:  # the scan under way, waiting for the write lock
            err += line
            if "busy (another process writes)" in line:
                break
        else:
            raise AssertionError(f"the import scan never started: {err}")
        proc.send_signal(signal.SIGINT)
        _out, rest = proc.communicate(timeout=60)
        err += rest
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert f"import file={dump} interrupted; it is imported again at the next start" in err
    assert "Traceback" not in err and " ERROR " not in err, err
    assert "service stopped" in err
    assert count(db) == 0 and count(db, "imported_files") == 0

    assert cli("--config", config, "run", "--once").code == 0
    assert count(db) == 1 and count(db, "imported_files") == 1


def _digest_config(tmp_path: Path) -> Path:
    """An archive with a digest of the posts tagged SCO into out.txt, due at once: daily, at
    the minute two hours ago (UTC), so not due again for 22 hours. It was hourly, and a test
    running over the top of an hour saw a second delivery, by the service or the last
    `run --once` ('assert 3 == 1' when the hour is a minute and the last run a minute late)."""
    due = datetime.now(UTC) - timedelta(hours=2)
    config = tmp_path / "c.toml"
    config.write_text(
        '[archive]\ndatabase = "a.db"\n\n[[digests]]\nname = "d"\ntopics = ["SCO"]\n'
        f'cron = "{due.minute} {due.hour} * * *"\nfile = "out.txt"\ninclude_undated = true\n'
    )
    return config


def _read_until(proc: subprocess.Popen[str], what: str) -> str:
    """The child's log up to the first line holding ``what``."""
    assert proc.stderr is not None
    seen = ""
    for line in proc.stderr:
        seen += line
        if what in line:
            return seen
    raise AssertionError(f"{what!r} never logged: {seen}{proc.communicate()}")


def _tg(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tg_archiver", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_second_run_on_a_sqlite_archive_is_refused_and_run_once_leaves_its_cycle(
    tmp_path,
) -> None:
    # Both delivered each digest: `(1/2) (1/2) (2/2) (2/2)` in one file.
    config = _digest_config(tmp_path)
    db = tmp_path / "a.db"
    service = _service(config)
    try:
        _read_until(service, "service started")

        second = _tg("--config", config, "run")
        assert (second.returncode, second.stdout) == (1, "")
        assert second.stderr == (
            f"tg-archiver: error: another tg-archiver run (pid {service.pid}) is using {db};"
            " a SQLite archive has one service at a time (for several, put the archive on"
            " PostgreSQL: see the README)\n"
        )
        once = _tg("--config", config, "run", "--once")
        assert once.returncode == 0, once.stderr
        assert (
            f"cycle skipped once=true reason=another tg-archiver run (pid {service.pid}) is"
            f" using {db}; it imports, polls and sends the digests itself"
        ) in once.stderr
        assert "digest deliver" not in once.stderr and "cycle done" not in once.stderr

        service.send_signal(signal.SIGTERM)
        _out, err = service.communicate(timeout=60)
    finally:
        if service.poll() is None:
            service.kill()
    assert service.returncode == 0, err
    after = _tg("--config", config, "run", "--once")  # the lock went with the service
    assert after.returncode == 0 and "cycle done once=true" in after.stderr, after.stderr
    assert count(db, "digest_deliveries") == 1  # the service's; not due again


def test_a_run_killed_leaves_no_lock_behind(tmp_path) -> None:
    config = _digest_config(tmp_path)
    service = _service(config)
    try:
        _read_until(service, "service started")
    finally:
        service.kill()
        service.communicate(timeout=60)
    after = _tg("--config", config, "run", "--once")
    assert after.returncode == 0 and "cycle done once=true" in after.stderr, after.stderr


def test_a_link_in_place_of_the_run_lock_is_refused_and_what_it_names_kept(tmp_path) -> None:
    # `run` followed the link, truncated the file it named and wrote its pid there.
    config = _digest_config(tmp_path)
    assert _tg("--config", config, "migrate").returncode == 0
    notes = tmp_path / "notes.txt"
    notes.write_text("three years of notes\n")
    lock = tmp_path / "a.db.run.lock"
    lock.symlink_to(notes)

    once = _tg("--config", config, "run", "--once")

    assert (once.returncode, once.stdout) == (1, "")
    assert once.stderr == (
        f"tg-archiver: error: {lock} is a symbolic link, not tg-archiver's run lock;"
        " remove it (run makes it again)\n"
    )
    assert notes.read_text() == "three years of notes\n"
    lock.unlink()
    os.mkfifo(lock)  # never opened to wait for a writer, never written into
    fifo = _tg("--config", config, "run", "--once")
    assert (fifo.returncode, fifo.stderr) == (
        1,
        f"tg-archiver: error: {lock} is not a regular file, not tg-archiver's run lock;"
        " remove it (run makes it again)\n",
    )


def _digest_into(cli, tmp_path: Path, file: str) -> Path:
    """A digest config whose `file` is ``file``, and a post for it."""
    config = _digest_config(tmp_path)
    config.write_text(config.read_text().replace('file = "out.txt"', f'file = "{file}"'))
    dump = _dump(tmp_path, "Forwarded from MFA\nStatement on the summit. #SCO\n")
    assert cli("--config", config, "import", dump).code == 0
    return config


def _dump(tmp_path: Path, text: str) -> Path:
    """A text dump whose posts are dated (by the file) a minute ago: a digest's window ends
    at the run's whole second, and a run in the second the file was written left them to the
    next window (parts=0 at random)."""
    dump = tmp_path / "dump.txt"
    dump.write_text(text)
    a_minute_ago = time.time() - 60
    os.utime(dump, (a_minute_ago, a_minute_ago))
    return dump


def test_a_digest_file_that_is_a_pipe_nobody_reads_is_a_failed_delivery_not_a_stuck_run(
    cli, tmp_path
) -> None:
    # `run` blocked in open() on its event loop: SIGTERM and SIGINT were ignored, and feeds,
    # channels and imports stopped, until a process opened the pipe (twice).
    config = _digest_into(cli, tmp_path, "pipe")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)

    alone = _tg("--config", config, "run", "--once")

    assert alone.returncode == 0, alone.stderr
    assert (
        f"digest failed name=d chat=file:{pipe} reason=the digest file {pipe} is a named pipe"
        " that no process reads; resumed on the next run"
    ) in alone.stderr
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # a reader there before the run
    try:
        read = _tg("--config", config, "run", "--once")
        assert read.returncode == 0 and "digest failed" not in read.stderr, read.stderr
        got = os.read(reader, 1 << 16).decode()
    finally:
        os.close(reader)
    assert got.startswith("<b>Digest: d</b>\n") and got.count("<b>Statement on the summit</b>") == 1
    assert f"digest resume name=d chat=file:{pipe} part=1/1" in read.stderr  # the failed one


def test_a_digest_file_that_cannot_be_written_says_why_in_the_log(cli, tmp_path) -> None:
    # The log said `reason=IsADirectoryError`, and for the archive itself `reason=StorageError`.
    (tmp_path / "folder").mkdir()
    config = _digest_into(cli, tmp_path, "folder")

    run = _tg("--config", config, "run", "--once")

    assert run.returncode == 0, run.stderr
    assert (
        f"digest failed name=d chat=file:{tmp_path / 'folder'} reason=IsADirectoryError"
        " (Is a directory); resumed on the next run"
    ) in run.stderr
    config.write_text(config.read_text().replace('file = "folder"', 'file = "a.db"'))
    archive = _tg("--config", config, "run", "--once")
    assert (
        f"reason=the digest file {tmp_path / 'a.db'} is a SQLite database (the archive?), not a"
        " text file: name another file in the digest's `file`; resumed on the next run"
    ) in archive.stderr


def test_two_run_once_at_once_deliver_a_digest_once(cli, tmp_path) -> None:
    config = _digest_config(tmp_path)
    dump = _dump(
        tmp_path,
        "".join(f"Forwarded from MFA\nStatement {n} on the summit. #SCO\n" for n in range(40)),
    )
    assert cli("--config", config, "import", dump).code == 0
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "tg_archiver", "--config", str(config), "run", "--once"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    logs = [r.communicate(timeout=300)[1] for r in runs]
    assert [r.returncode for r in runs] == [0, 0], logs
    assert sum("digest deliver name=d" in log for log in logs) == 1, logs
    with sqlite3.connect(tmp_path / "a.db") as conn:
        [(parts, sent)] = conn.execute("SELECT parts, sent_parts FROM digest_deliveries")
    assert parts == sent >= 1
    text = (tmp_path / "out.txt").read_text()
    assert text.count("Statement 7 on the summit") == 1


async def test_run_once_backfills_configured_channels(store, tmp_path) -> None:
    mfa = channel(1500000001, "example_mfa", "Example MFA")
    fake = OfflineTelegram(bot=False)
    fake.add_channel(
        mfa,
        [
            channel_message(i, mfa, f"Statement {i} on cooperation within the #SCO framework.")
            for i in range(1, 6)
        ],
    )
    config = Config(telegram=user_session(tmp_path))
    service = Service(store, config, client_factory=lambda tg, bot: fake, page_wait=0)
    assert await service.run(once=True) == 0
    posts = [r async for r in store.iter_posts(ExportFilter())]
    assert [p.external_id for p in posts] == ["1", "2", "3", "4", "5"]
    assert {p.source for p in posts} == {"1500000001"}
    assert posts[0].url == "https://t.me/example_mfa/1"
    assert posts[0].tags == ("SCO",)


async def test_run_once_without_a_session_file_runs_without_telegram(store, tmp_path, caplog):
    caplog.set_level("INFO")
    config = Config(
        telegram=TelegramConfig(
            api_id=1,
            api_hash="secret-hash-value",
            session=tmp_path / "missing.session",
            channels=("@example_mfa",),
        )
    )
    assert await Service(store, config).run(once=True) == 0
    assert any("run `tg-archiver login` once first" in m for m in caplog.messages)
    assert not any("secret-hash-value" in m for m in caplog.messages)


async def test_a_bot_alone_follows_its_channels_live_and_stops_cleanly(store, tmp_path) -> None:
    mfa = channel(1500000001, "example_mfa", "Example MFA")
    fake = OfflineTelegram(bot=True)
    fake.add_channel(mfa)
    config = Config(telegram=bot_only(tmp_path, "@example_mfa"))
    service = Service(store, config, client_factory=lambda tg, bot: fake, page_wait=0)
    running = asyncio.create_task(service.run())
    # Until the service follows the channel: a post dispatched before its handlers are there
    # is lost. The wait was 2 s and then went on regardless (a loaded machine's slower start
    # lost the post: 'assert [] == [('7', ('SCO',))]'); now at least 60 s, then a failure.
    for _ in range(6000):
        if len(fake.list_event_handlers()) >= 2:
            break
        await asyncio.sleep(0.01)
    else:
        raise AssertionError("the service never followed its channel")
    await dispatch(
        fake,
        update_new_channel_message(channel_message(7, mfa, "Live post on the #SCO summit")),
        chats=[mfa],
    )
    assert fake.history_requests() == []  # bots cannot read history: no backfill asked for
    service.stop()
    assert await asyncio.wait_for(running, 60) == 0  # a bound for a hang (10 s: short, loaded)
    posts = [r async for r in store.iter_posts(ExportFilter())]
    assert [(p.external_id, p.tags) for p in posts] == [("7", ("SCO",))]

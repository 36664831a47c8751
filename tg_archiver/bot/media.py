"""Downloading the media of archived Telegram posts, after their text and never in its way.

Channel ingest stores a batch of posts, then hands their messages to :meth:`MediaDownloader.track`:
one short transaction records each attachment (``pending``, or ``skipped`` by a ``[media]``
rule) and the downloads start as background tasks, at most ``[media] concurrent`` at a time.
Text ingest never waits for a file.

A download goes through telethon's own ``iter_download`` (``upload.GetFileRequest`` in parts of
:data:`REQUEST_SIZE`), appending to ``<media>/partial/<photo|document>-<id>``; then the file is
hashed and moved into the content-addressed store (:mod:`archive.media_files`) and linked to
its post. What can go wrong, and what happens:

- FloodWait: every download waits the seconds Telegram asked, then resumes where it stopped;
- a disconnect: retried after 1, 2, 4 ... s from the bytes already on disk (the part file
  keeps whole requests only), :data:`RETRIES` times; then the file stays ``pending`` with its
  part, and the next start or ``media fetch`` resumes it;
- a file larger than announced or than its limit: stopped, the part removed, ``skipped``;
- a download that ends short of the announced size (truncated): ``failed``, part removed;
- Telegram refusing the file (an RPC error), a full disk: ``failed`` with the reason.

A file Telegram knows by an id already kept (a forward of a kept photo) is linked, not fetched.
Telethon objects stay in this module and :mod:`bot.convert`; the archive sees
:class:`~archive.store.media.MediaItem` values.
"""

from __future__ import annotations

import asyncio
import errno
import fcntl
import logging
import os
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from telethon.errors import FloodWaitError, RPCError
from telethon.tl import types

from tg_archiver.archive.errors import StorageError
from tg_archiver.archive.media_config import MediaConfig
from tg_archiver.archive.media_files import LocalMediaFiles
from tg_archiver.archive.models import Post
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.media import MediaItem, MediaRow, media_store
from tg_archiver.bot.clock import Clock, utcnow
from tg_archiver.bot.convert import media_summary

log = logging.getLogger(__name__)

REQUEST_SIZE = 128 * 1024  # bytes per GetFileRequest; a multiple of 4 KiB, as Telegram wants
RETRIES = 5  # disconnects in a row before a download waits for the next start

Sleep = Callable[[float], Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class _Job:
    post_id: int
    position: int
    item: MediaItem
    media: Any  # telethon MessageMediaPhoto / MessageMediaDocument


class _Stop(Exception):
    """A download that cannot complete: (state, reason) for its row."""

    def __init__(self, state: str, reason: str) -> None:
        super().__init__(reason)
        self.state = state
        self.reason = reason


def media_of(message: Any) -> tuple[MediaItem, Any] | None:
    """The attachment of a message that has a file, with the telethon media to fetch it."""
    media = getattr(message, "media", None)
    if isinstance(media, types.MessageMediaPhoto) and isinstance(media.photo, types.Photo):
        best = _largest_size(media.photo)
        if best is None:
            return None
        item = MediaItem(
            kind="photo",
            size=_size_bytes(best),
            mime_type="image/jpeg",
            width=getattr(best, "w", None),
            height=getattr(best, "h", None),
            message_id=int(message.id),
            telegram_file=f"photo-{media.photo.id}",
        )
        return item, media
    if isinstance(media, types.MessageMediaDocument) and isinstance(media.document, types.Document):
        (summary,) = media_summary(media)
        width = height = None
        duration = None
        for a in media.document.attributes:
            if isinstance(a, types.DocumentAttributeVideo | types.DocumentAttributeImageSize):
                width, height = a.w, a.h
            if isinstance(a, types.DocumentAttributeVideo | types.DocumentAttributeAudio):
                duration = float(a.duration)
        item = MediaItem(
            kind=summary.kind,
            file_name=summary.file_name,
            size=summary.size,
            mime_type=summary.mime_type,
            width=width,
            height=height,
            duration=duration,
            message_id=int(message.id),
            telegram_file=f"document-{media.document.id}",
        )
        return item, media
    return None


class FileLocks:
    """One download per Telegram file at a time, across the downloaders that share this (the
    service's channel and forward downloaders write the same ``partial/`` folder): the same
    photo in two posts (a re-post) must not append to one part file twice; the second waits,
    then links the file the first kept."""

    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: Counter[str] = Counter()

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] += 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key]
                self._locks.pop(key, None)


class MediaDownloader:
    """Keeps the files of archived posts: records them, downloads them in the background."""

    def __init__(
        self,
        store: Store,
        client: Any,
        rules: MediaConfig,
        *,
        files: LocalMediaFiles,
        clock: Clock = utcnow,
        sleep: Sleep = asyncio.sleep,
        locks: FileLocks | None = None,
    ) -> None:
        """``locks``: shared with the other downloaders writing the same media folder."""
        self._store = store
        self._media = media_store(store)
        self._client = client
        self._rules = rules
        self._files = files
        self._clock = clock
        self._sleep = sleep
        self._slots = asyncio.Semaphore(rules.concurrent)
        self._flood = asyncio.Lock()  # held while a FloodWait is waited out: all downloads wait
        self._tasks: set[asyncio.Task[str]] = set()
        self._locks = locks or FileLocks()
        self.active = 0
        self.most_active = 0  # the most downloads seen running at once

    async def track(self, stored: Sequence[tuple[Post, Sequence[Any]]]) -> None:
        """Record the attachments of stored posts (each with the messages it was made of: an
        album's parts) and start downloading the ones the rules keep. Returns at once."""
        try:
            jobs = await self._record(stored)
        except StorageError as e:  # the posts are stored; their media wait for `media fetch`
            log.error("media of %d posts not recorded: %s", len(stored), e)
            return
        for job in jobs:
            self._spawn(job)

    async def _record(self, stored: Sequence[tuple[Post, Sequence[Any]]]) -> list[_Job]:
        jobs: list[_Job] = []
        async with self._store.transaction():
            for post, messages in stored:
                found = [f for f in (media_of(m) for m in sorted(messages, key=_id)) if f]
                if not found:
                    continue
                post_id = await self._media.post_id(
                    post.source.kind, post.source.key, post.external_id
                )
                if post_id is None:
                    continue  # not stored (an empty post, a refused one)
                items = [item for item, _ in found]
                states = [self._first_state(item) for item in items]
                if await self._media.record(post_id, items, states, now=self._clock()):
                    # The post's list follows, also when the edit left its text as it was.
                    await self._media.summarise(post_id, post.media)
                    log.info("media post=%d replaced by an edit: %d now", post_id, len(items))
                jobs += [
                    _Job(post_id, n, item, media)
                    for n, ((item, media), (state, _)) in enumerate(zip(found, states, strict=True))
                    if state == "pending"
                ]
        return jobs

    async def fetch_waiting(
        self, resolve: Callable[[str, list[int]], Awaitable[list[Any] | None]]
    ) -> Counter[str]:
        """Download the attachments still ``pending``, and the ``skipped`` ones a raised limit
        now keeps (``media fetch``). ``resolve(channel key, message ids)`` gives the messages
        (fresh file references), or None when the channel cannot be reached now (its files
        stay as they are). Returns how many ended in each state."""
        states: Counter[str] = Counter()
        tasks: list[asyncio.Task[str]] = []
        after = (0, -1)
        while rows := await self._media.waiting(after):
            after = (rows[-1].post_id, rows[-1].position)
            wanted = [r for r in rows if self._rules.skip_reason(r.item.kind, r.item.size) is None]
            by_channel: dict[str, list[MediaRow]] = {}
            for r in wanted:
                by_channel.setdefault(r.source_key, []).append(r)
            for key, channel_rows in by_channel.items():
                ids = sorted({r.item.message_id for r in channel_rows if r.item.message_id})
                found_messages = await resolve(key, ids)
                if found_messages is None:
                    states["unreachable"] += len(channel_rows)
                    continue
                messages = {int(m.id): m for m in found_messages if m is not None}
                for r in channel_rows:
                    found = media_of(messages.get(r.item.message_id or 0))
                    if found is None:
                        async with self._store.transaction():
                            await self._media.mark(
                                r.post_id, r.position, "failed", "message gone", self._clock()
                            )
                        states["failed"] += 1
                        continue
                    tasks.append(self._spawn(_Job(r.post_id, r.position, r.item, found[1])))
        for result in await asyncio.gather(*tasks, return_exceptions=True):
            states[result if isinstance(result, str) else "failed"] += 1
        return states

    async def drain(self) -> None:
        """Wait for every download started so far (``run --once``, ``media fetch``, tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        """Stop the downloads in flight; their parts stay on disk and resume next time."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def _first_state(self, item: MediaItem) -> tuple[str, str | None]:
        why = self._rules.skip_reason(item.kind, item.size)
        return ("skipped", why) if why else ("pending", None)

    def _spawn(self, job: _Job) -> asyncio.Task[str]:
        task = asyncio.create_task(self._run(job))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _run(self, job: _Job) -> str:
        async with self._slots:
            self.active += 1
            self.most_active = max(self.most_active, self.active)
            try:
                return await self.download(job)
            finally:
                self.active -= 1

    async def download(self, job: _Job) -> str:
        """Fetch one attachment and record what became of it; return its state.

        One download of a Telegram file at a time: in this process (:class:`FileLocks`), and
        across the services of a PostgreSQL archive (the store's claim, held to the end: the
        second finds the file kept and links it)."""
        key = job.item.telegram_file or ""
        async with self._locks.hold(key):
            try:
                async with self._media.claim(key):
                    return await self._download(job)
            except StorageError as e:  # the archive unreachable: the file stays pending
                log.error("media post=%d file=%s not fetched: %s", job.post_id, key, e)
                return "pending"

    async def _download(self, job: _Job) -> str:
        item = job.item
        if item.telegram_file and (sha := await self._media.kept_telegram_file(item.telegram_file)):
            async with self._store.transaction():
                await self._media.keep_known(
                    job.post_id, job.position, sha, self._clock(), item.telegram_file
                )
            return "kept"
        assert item.telegram_file is not None
        part = self._files.partial(item.telegram_file)
        try:
            await self._fetch(job, part)
            stored = await asyncio.to_thread(self._files.adopt, part)
        except _Stop as stop:
            part.unlink(missing_ok=True)
            log.warning(
                "media post=%d file=%s %s: %s", job.post_id, item.telegram_file, stop.state,
                stop.reason,
            )  # fmt: skip
            async with self._store.transaction():
                await self._media.mark(job.post_id, job.position, stop.state, stop.reason,
                                       self._clock(), item.telegram_file)  # fmt: skip
            return stop.state
        except _Interrupted as e:
            log.warning(
                "media post=%d file=%s interrupted at %d bytes, resumes on the next start: %s",
                job.post_id, item.telegram_file, e.at, e,
            )  # fmt: skip
            return "pending"
        except StorageError as e:
            log.error("media post=%d file=%s not stored: %s", job.post_id, item.telegram_file, e)
            async with self._store.transaction():
                await self._media.mark(
                    job.post_id, job.position, "failed", str(e), self._clock(), item.telegram_file
                )
            return "failed"
        async with self._store.transaction():
            await self._media.keep(
                job.post_id, job.position, stored, item.mime_type, self._clock(),
                item.telegram_file,
            )  # fmt: skip
        log.info(
            "media post=%d file=%s kept sha256=%s bytes=%d new=%s",
            job.post_id, item.telegram_file, stored.sha256, stored.size, stored.new,
        )  # fmt: skip
        return "kept"

    async def _fetch(self, job: _Job, part: Path) -> None:
        """Append the file's bytes to ``part`` from where it stopped, until it is whole."""
        item = job.item
        limit = self._rules.max_bytes(item.kind)
        location, dc_id = _location(job.media)
        disconnects = 0
        while True:
            async with self._flood:
                pass  # another download is waiting out a FloodWait: wait with it
            offset = 0
            try:
                with open(part, "ab") as out:
                    _lock(out, part)  # another process (`media fetch`) may be fetching it
                    offset = _resume_point(out)
                    async for chunk in self._client.iter_download(
                        location,
                        offset=offset,
                        request_size=REQUEST_SIZE,
                        file_size=item.size,
                        dc_id=dc_id,
                    ):
                        offset += len(chunk)
                        if offset > limit:
                            raise _Stop("skipped", f"over the {item.kind} limit while downloading")
                        if item.size is not None and offset > item.size:
                            raise _Stop("failed", f"larger than the {item.size} bytes announced")
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
            except FloodWaitError as e:
                log.warning("media file=%s flood_wait=%ds", item.telegram_file, e.seconds)
                async with self._flood:
                    await self._sleep(e.seconds)
                continue
            except ConnectionError as e:
                disconnects += 1
                if disconnects > RETRIES:
                    raise _Interrupted(str(e), offset) from None
                await self._sleep(min(2.0 ** (disconnects - 1), 60.0))
                continue
            except RPCError as e:
                raise _Stop("failed", f"Telegram refused it: {type(e).__name__}") from None
            except OSError as e:
                if e.errno in (errno.ENOSPC, errno.EDQUOT):
                    raise _Stop("failed", "no space left on the disk") from None
                raise _Stop("failed", f"cannot write: {e.strerror}") from None
            if item.size is not None and offset < item.size:
                raise _Stop("failed", f"truncated: {offset} of {item.size} bytes")
            if offset == 0:
                raise _Stop("failed", "empty file")
            return


class _Interrupted(Exception):
    def __init__(self, message: str, at: int) -> None:
        super().__init__(message)
        self.at = at


def _lock(out: BinaryIO, part: Path) -> None:
    """Hold the part file for this download alone (released when it is closed): two
    processes appending to one part would keep a file made of both."""
    try:
        fcntl.flock(out.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise _Interrupted(f"{part.name} is being downloaded by another process", 0) from None


def _resume_point(out: BinaryIO) -> int:
    """Bytes of the part file to keep: whole requests only (Telegram wants offsets on them),
    the rest cut off, as a crash mid-write may have left a torn tail."""
    size = os.fstat(out.fileno()).st_size
    keep = size - size % REQUEST_SIZE
    if keep != size:
        os.ftruncate(out.fileno(), keep)
    return keep


def _location(media: Any) -> tuple[Any, int]:
    if isinstance(media, types.MessageMediaPhoto):
        photo = media.photo
        best = _largest_size(photo)
        assert best is not None
        location = types.InputPhotoFileLocation(
            id=photo.id,
            access_hash=photo.access_hash,
            file_reference=photo.file_reference,
            thumb_size=best.type,
        )
        return location, int(photo.dc_id)
    doc = media.document
    location = types.InputDocumentFileLocation(
        id=doc.id, access_hash=doc.access_hash, file_reference=doc.file_reference, thumb_size=""
    )
    return location, int(doc.dc_id)


def _largest_size(photo: Any) -> Any | None:
    """The photo's biggest stored size (telethon's own pick, ``sizes[-1]``, is not always it)."""
    sizes = [s for s in photo.sizes if isinstance(s, types.PhotoSize | types.PhotoSizeProgressive)]
    return max(sizes, key=lambda s: (s.w * s.h, _size_bytes(s)), default=None)


def _size_bytes(size: Any) -> int:
    if isinstance(size, types.PhotoSizeProgressive):
        return max(size.sizes) if size.sizes else 0
    return int(size.size)


def _id(message: Any) -> int:
    return int(message.id)


async def fetch_with_client(
    store: Store, client: Any, rules: MediaConfig, files: LocalMediaFiles
) -> Counter[str]:
    """``media fetch``: what is waiting, through a connected user client."""

    async def resolve(key: str, ids: list[int]) -> list[Any] | None:
        try:
            entity = await client.get_entity(types.PeerChannel(int(key)))
            found = await client.get_messages(entity, ids=ids)
        except (ValueError, RPCError) as e:
            log.warning("media channel=%s not reachable: %s", key, type(e).__name__)
            return None
        return [m for m in found if isinstance(m, types.Message)]

    return await MediaDownloader(store, client, rules, files=files).fetch_waiting(resolve)

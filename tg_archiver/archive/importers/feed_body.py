"""A feed's body off the wire: its content codings undone a piece at a time, within a bound.

httpx undoes ``Content-Encoding`` itself, but each chunk read from the socket in one call:
a chunk of a gzip body inflates whole before the caller can count it. A body gzipped twice
(``Content-Encoding: gzip, gzip``, which HTTP allows) of 1,830 bytes is a gigabyte of zeros
after one chunk: ``fetch`` of it took 2.1 GB of memory before "response too large" (a
service polling such a feed is ended by the kernel's OOM killer on a small machine). Here the
body is read raw and each coding undone with zlib's ``max_length``, so no step makes more
than :data:`PIECE` bytes, and the bound is met after at most one piece more.

Codings: ``gzip`` (``x-gzip``), ``deflate`` (zlib's wrapper or, as some servers send it, raw)
and ``identity``, at most :data:`MAX_CODINGS` of them. Only these are asked for
(:data:`ACCEPT_ENCODING`); another (``br``, ``zstd``) is a one-line error, as is a body its
coding cannot undo.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

from tg_archiver.archive.errors import SourceError

ACCEPT_ENCODING = "gzip, deflate"
PIECE = 1024 * 1024  # bytes one decompression step makes at most
MAX_CODINGS = 3  # a real server applies one


class _Inflate:
    """One coding undone, a piece at a time."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self._raw_fallback = coding == "deflate"  # raw DEFLATE, without zlib's wrapper
        gzip = coding in ("gzip", "x-gzip")
        self._z = zlib.decompressobj(zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data and not self._z.eof:
            try:
                out = self._z.decompress(data, PIECE)
            except zlib.error:
                if not self._raw_fallback:
                    raise
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                out = self._z.decompress(data, PIECE)
            self._raw_fallback = False
            data = self._z.unconsumed_tail
            if out:
                yield out

    def flush(self) -> Iterator[bytes]:
        out = self._z.flush()  # what the last input left: at most a window's bytes
        if out:
            yield out


def _codings(header: str) -> list[str]:
    codings = (part.strip().lower() for part in header.split(","))
    return [c for c in codings if c not in ("", "identity")]


def _through(steps: list[_Inflate], data: bytes) -> Iterator[bytes]:
    if not steps:
        yield data
        return
    for out in steps[0].feed(data):
        yield from _through(steps[1:], out)


def _flushed(steps: list[_Inflate]) -> Iterator[bytes]:
    for n, step in enumerate(steps):
        for out in step.flush():
            yield from _through(steps[n + 1 :], out)


async def _decoded(response: httpx.Response, shown: str) -> AsyncIterator[bytes]:
    codings = _codings(response.headers.get("content-encoding", ""))
    unknown = [c for c in codings if c not in ("gzip", "x-gzip", "deflate")]
    if unknown:
        raise SourceError(f"{shown}: the body is in an encoding not asked for: {unknown[0]!r}")
    if len(codings) > MAX_CODINGS:
        raise SourceError(f"{shown}: the body is encoded {len(codings)} times over")
    steps = [_Inflate(c) for c in reversed(codings)]  # the last applied is undone first
    try:
        async for chunk in response.aiter_raw():
            for out in _through(steps, chunk):
                yield out
        for out in _flushed(steps):
            yield out
    except zlib.error as e:
        raise SourceError(
            f"{shown}: the body is not readable as {', '.join(codings)} ({e})"
        ) from None


async def read_body(response: httpx.Response, shown: str, limit: int) -> bytes:
    """The body of ``response`` (a streamed one) with its codings undone, at most ``limit``
    bytes of it; :class:`SourceError` past that, naming ``shown`` (the URL redacted)."""
    pieces: list[bytes] = []
    size = 0
    async for piece in _decoded(response, shown):
        size += len(piece)
        if size > limit:
            raise SourceError(f"{shown}: response too large (over {limit // (1024 * 1024)} MB)")
        pieces.append(piece)
    return b"".join(pieces)

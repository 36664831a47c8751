"""The pure half of ingest: from a source's :class:`Post` to what the store keeps.

``prepare`` runs the per-post steps (normalise, drop boilerplate, remove repeated blocks,
hash, shingle, tag). The steps that need the archive (exact and near dedup across posts,
linking forwards) happen in :meth:`archive.store.writer.Writer.ingest`, which works on
batches of prepared posts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import index_forms
from tg_archiver.archive.cleaning import DEFAULT_BOILERPLATE, clean_text, content_hash
from tg_archiver.archive.dedup import DEFAULT_THRESHOLD
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.fingerprint import fingerprints, is_brief, is_short
from tg_archiver.archive.models import Post
from tg_archiver.archive.tags import MAX_TAG_CHARS, Tag, TopicAliases, extract_tags

MAX_TEXT_CHARS = 1_000_000
_SURROGATE_RE = lazy_re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    boilerplate: tuple[str, ...] = DEFAULT_BOILERPLATE
    topics: TopicAliases | None = None
    near_threshold: float = DEFAULT_THRESHOLD


@dataclass(frozen=True, slots=True)
class PreparedPost:
    post: Post
    clean_text: str
    content_hash: str
    tags: tuple[Tag, ...]
    shingles: np.ndarray = field(compare=False)  # of the core words: archive.similarity
    bands: tuple[int, ...]
    signature: np.ndarray = field(compare=False)  # see archive.dedup.signature
    search_stems: str = ""  # see archive.analysis.index_forms: what the index matches word forms in
    core: tuple[str, ...] = ()  # see archive.dedup_core.core_words
    # Whether the core ends on an ellipsis (archive.dedup_core.ends_cut), read with the core
    # words: a new post is compared with many candidates, each of which asked it again.
    cut: bool = False

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled compactly: a long stream is prepared in a worker process and every post
        crosses a pipe (archive.prepare_ahead.prepared_ahead). The core words go as one string (they
        hold no space) and the arrays as bytes: pickling a tuple of ~160 strings and two
        arrays one by one cost more than a quarter of ``prepare`` itself."""
        return _unpickle, (self.post, *self.without_post())

    def without_post(self) -> tuple[Any, ...]:
        """What the worker sends back for a post (:func:`with_post` undoes it): the caller
        has the post itself already, so its text does not cross the pipe a second time, nor
        its clean text when that is the text itself (None: seven posts in ten of the bench's
        corpus, a fifth of the bytes)."""
        clean = self.clean_text
        return (
            None if clean == self.post.text else clean,
            self.content_hash,
            self.tags,
            self.shingles.tobytes(),
            self.bands,
            self.signature.tobytes(),
            self.search_stems,
            " ".join(self.core),
            self.cut,
        )

    @property
    def short(self) -> bool:
        """See :func:`archive.fingerprint.is_short`."""
        return is_short(self.shingles, self.bands)

    @property
    def brief(self) -> bool:
        """See :func:`archive.fingerprint.is_brief`."""
        return is_brief(self.core, self.bands)


def _unpickle(
    post: Post,
    clean: str | None,
    digest: str,
    tags: tuple[Tag, ...],
    shingle_bytes: bytes,
    bands: tuple[int, ...],
    signature_bytes: bytes,
    search_stems: str,
    core: str,
    cut: bool,
) -> PreparedPost:
    """:meth:`PreparedPost.__reduce__` undone (the arrays' dtypes are archive.dedup's; no
    ``clean`` text: the post's own)."""
    return PreparedPost(
        post=post,
        clean_text=post.text if clean is None else clean,
        content_hash=digest,
        tags=tags,
        shingles=np.frombuffer(shingle_bytes, dtype=np.uint64),
        bands=bands,
        signature=np.frombuffer(signature_bytes, dtype=np.uint32),
        search_stems=search_stems,
        core=tuple(core.split(" ")) if core else (),
        cut=cut,
    )


def with_post(post: Post, parts: tuple[Any, ...]) -> PreparedPost:
    """The prepared ``post`` from its :meth:`PreparedPost.without_post`."""
    return _unpickle(post, *parts)


_NO_TOPICS = TopicAliases.from_mapping({})
_HASHTAG = lazy_re.compile(rf"\w{{1,{MAX_TAG_CHARS}}}")


def _other_fields(post: Post) -> Iterator[tuple[str, str]]:
    """A post's strings besides its text and title, named as a message would."""
    fields = [
        ("id", post.external_id),
        ("link", post.url),
        ("author", post.author),
        ("source's name", post.source.title),
        ("source's username", post.source.username),
        *((f"hashtag {h[:40]!r}", h) for h in post.hashtags),
        *((f"category {c[:40]!r}", c) for c in post.categories),
    ]
    if (fwd := post.forwarded_from) is not None:
        fields += [
            ("forward's name", fwd.name),
            ("forward's username", fwd.username),
            ("forward's id", fwd.external_id),
            ("forward's source", fwd.source_key),
        ]
    for m in post.media:
        fields += [("file name", m.file_name), ("file type", m.mime_type), ("file path", m.path)]
    return ((label, value) for label, value in fields if value)


# Letters or digits that are not a hashtag's: a post without them says nothing in words.
_WORDS = lazy_re.compile(r"(?<![#\w])[^\W_]")


def _media_said(post: Post, searchable: str) -> str:
    """What a post without words carries, for its hash: two photos without a caption (or
    with hashtags alone) were "exact duplicates" of each other and the second was hidden,
    whatever they showed. Its attachments by kind, size and dimensions, which a forward or
    a repost of the same file keeps; "" for a post with words (or emoji, without media).

    A post with nothing to compare, neither words nor a file's size or name (an empty post;
    the photos of an export made without its files by a version that writes no size, which
    share their dimensions), is nobody's copy: three photos posted hours apart were "exact
    copies" of the first. Its hash is then made of its own identity."""
    if _WORDS.search(searchable) or (not post.media and searchable.strip()):
        return ""
    if not any(m.size is not None or m.file_name for m in post.media):
        return f"\n{post.source.kind}:{post.source.key}:{post.external_id}"
    named = ((m, m.file_name if m.size is None else "") for m in post.media)
    return "\n" + " ".join(
        f"{m.kind}:{m.size}:{m.width}x{m.height}:{m.duration}:{name}" for m, name in named
    )


def _encodes(text: str) -> bool:
    """Whether ``text`` has a UTF-8 encoding, as every text but one with a lone surrogate
    has: the codec's C loop, a fraction of :data:`_SURROGATE_RE`'s scan, which then only
    runs to say where the surrogate is."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def refuse_unstorable(post: Post) -> None:
    """Raise :class:`InputError` for a post no archive should take (a text over the limit, a
    NUL character, a lone surrogate), naming it and the field."""
    for label, value in (("text", post.text), ("title", post.title or "")):
        if len(value) > MAX_TEXT_CHARS:
            raise InputError(
                f"post {post.external_id}: {label} is {len(value):,} characters, "
                f"the limit is {MAX_TEXT_CHARS:,}"
            )
        if "\x00" in value:
            raise InputError(f"post {post.external_id}: {label} contains a NUL character")
        if not _encodes(value) and (bad := _SURROGATE_RE.search(value)) is not None:
            # A lone UTF-16 surrogate (a broken source's half emoji) is not text: no UTF-8
            # encoding, so neither the hash nor SQLite could take it.
            raise InputError(
                f"post {post.external_id}: {label} contains a lone UTF-16 surrogate"
                f" (U+{ord(bad.group()):04X}) at character {bad.start()}"
            )
    for label, value in _other_fields(post):
        if "\x00" in value:
            # Stored by SQLite, refused by PostgreSQL mid-import (a traceback, the file lost).
            raise InputError(f"post {post.external_id!r}: its {label} contains a NUL character")


def prepare(post: Post, options: PipelineOptions) -> PreparedPost:
    """Clean, hash, shingle and tag one post. Raises InputError for text no archive should take."""
    (done,) = prepare_many([post], options)
    return done


def prepare_many(posts: Sequence[Post], options: PipelineOptions) -> list[PreparedPost]:
    """:func:`prepare` of each post, the same fields as one at a time, their fingerprints'
    array work done together (:func:`archive.fingerprint.fingerprints`). Raises InputError
    at the first post refused; :func:`prepared_until` gives the posts before it."""
    done, error = prepared_until(posts, options)
    if error is not None:
        raise error
    return done


def prepared_until(
    posts: Sequence[Post], options: PipelineOptions
) -> tuple[list[PreparedPost], InputError | None]:
    """:func:`prepare_many` up to the first post refused, and its error (None when none was)."""
    read: list[_Read] = []
    error: InputError | None = None
    for post in posts:
        try:
            read.append(_read(post, options))
        except InputError as e:
            error = e
            break
    fps = fingerprints([r[1] for r in read])
    return [
        PreparedPost(
            post=post,
            clean_text=clean,
            content_hash=digest,
            tags=tags,
            shingles=fp.shingles,
            bands=fp.bands,
            search_stems=stems,
            signature=fp.signature,
            core=fp.core,
            cut=fp.cut,
        )
        for (post, clean, digest, tags, stems), fp in zip(read, fps, strict=True)
    ], error


# What prepare reads of a post before its fingerprint: the post, its clean text, content
# hash, tags and word forms.
_Read = tuple[Post, str, str, tuple[Tag, ...], str]


def _read(post: Post, options: PipelineOptions) -> _Read:
    refuse_unstorable(post)
    clean = clean_text(post.text, options.boilerplate)
    searchable = f"{post.title}\n{clean}" if post.title else clean
    tags = extract_tags(
        searchable,
        options.topics or _NO_TOPICS,
        # A hashtag entity is letters, digits and "_" (Telegram's rule): an export's own
        # list is not trusted further (markup, spaces, "one;two", 2,000,000 characters).
        entity_hashtags=tuple(h for h in post.hashtags if _HASHTAG.fullmatch(h)),
        categories=tuple(c for c in post.categories if len(c) <= MAX_TAG_CHARS),
    )
    return (
        post,
        clean,
        content_hash(searchable + _media_said(post, searchable)),
        tuple(tags),
        index_forms(clean, post.title),
    )

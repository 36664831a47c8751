"""A synthetic corpus of channel posts, shaped like foreign-ministry and news channels.

``generate(out, posts=N, seed=S)`` writes, deterministically for a given ``(N, S)``:

- ``posts.jsonl``: one post a line, in publication order across all sources (the order a live
  ingest sees them): ``channel``, ``channel_title``, ``id``, ``date`` (unix seconds, UTC),
  ``text``, ``hashtags`` (without ``#``, as Telegram's entities give them), optional
  ``photo`` and ``photo_size``, and ``kind`` (``original``, ``exact`` or ``near``) and
  ``repeated`` for the generator's own accounting;
- ``tdesktop/<channel>/result.json``: the same posts as Telegram Desktop "Export chat history"
  files, one per channel (hashtags as entities, ``date`` in local time beside
  ``date_unixtime``, photos as media fields);
- ``manifest.json``: the parameters, the counts, the date range and the search terms and
  filters the benchmarks use on this corpus.

What the posts look like (the issue's brief): 300–3000 characters of sentences from templates
over a vocabulary with a long tail, emoji bullets, a heading with flags, 1–6 hashtags drawn
from a Zipf-like vocabulary (#SCO, #BRICS, #CIS ... then thousands of rare ones), about a fifth
of them in Russian. 10% are exact copies of a recent post from another channel, 10% near
copies (one sentence changed), and 30% carry their body twice (the web-preview artefact the
cleaner removes). Eight channels of unequal volume; dates spread evenly over two years. The
word lists and templates are :mod:`bench.vocabulary`'s.

Everything is streamed: memory stays flat in N (a ring of recent posts feeds the copies) and
1M posts take a few minutes, most of it JSON encoding.
"""

from __future__ import annotations

import bisect
import itertools
import json
import random
import time
from collections import deque
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from bench.vocabulary import (
    BULLETS,
    CITIES,
    CLAUSES,
    CLAUSES_RU,
    COUNTRIES,
    COUNTRIES_RU,
    EVENTS,
    HEADS,
    MONTHS,
    MONTHS_RU,
    OFFICIALS,
    OFFICIALS_RU,
    ORGS,
    ORGS_RU,
    READ_MORE,
    SENTENCES,
    SENTENCES_RU,
    TOPICS,
    TOPICS_RU,
    WORDS,
    WORDS_RU,
    rare_vocabulary,
    tag_vocabulary,
    zipf_cum,
)

FORMAT_VERSION = 1
START = datetime(2023, 1, 1, tzinfo=UTC)
SPAN = timedelta(days=730)  # two years
LOCAL_OFFSET = timedelta(hours=3)  # Telegram Desktop's "date" is the exporting computer's time
RECENT = 2000  # originals kept for copies: news is re-posted within hours, not years
MIN_CHARS, MAX_CHARS = 300, 3000

# (bare channel id, title, share of the originals)
CHANNELS: tuple[tuple[int, str, float], ...] = (
    (1000000001, "Ministry of Foreign Affairs 🇷🇺", 0.24),
    (1000000002, "MFA Russia (English)", 0.18),
    (1000000003, "SCO Secretariat", 0.10),
    (1000000004, "BRICS Info", 0.10),
    (1000000005, "CIS Executive Committee", 0.08),
    (1000000006, "Embassy News", 0.12),
    (1000000007, "World Wire", 0.10),
    (1000000008, "Eurasia Daily Brief", 0.08),
)


# -- the generator ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Original:
    lines: list[str]  # heading, then the body's sentences
    hashtags: tuple[str, ...]
    channel: int
    russian: bool
    repeated: bool = False  # as first delivered; an exact copy is delivered the same way


@dataclass(slots=True)
class Counts:
    posts: int = 0
    original: int = 0
    exact: int = 0
    near: int = 0
    repeated: int = 0
    photos: int = 0
    chars: int = 0
    per_channel: dict[int, int] = field(default_factory=dict)


class _Composer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.tags = tag_vocabulary()
        self.tag_cum = zipf_cum(len(self.tags))
        self.rare = rare_vocabulary()
        self.rare_cum = zipf_cum(len(self.rare), 1.0)

    def _rare(self) -> str:
        r = self.rng.random() * self.rare_cum[-1]
        return self.rare[bisect.bisect_left(self.rare_cum, r)]

    def _clause(self, russian: bool) -> str:
        rng = self.rng
        words = WORDS_RU if russian else WORDS
        picked = [
            rng.choice(words) if rng.random() < 0.5 else self._rare().lower()
            for _ in range(rng.randint(8, 14))
        ]
        glue = " и " if russian else " and "
        clauses = CLAUSES_RU if russian else CLAUSES
        return rng.choice(clauses).format(w=", ".join(picked[:-1]) + glue + picked[-1])

    def sentence(self, russian: bool) -> str:
        rng = self.rng
        if russian:
            s = rng.choice(SENTENCES_RU).format(
                official_ru=rng.choice(OFFICIALS_RU),
                country_ru=rng.choice(COUNTRIES_RU),
                topic_ru=rng.choice(TOPICS_RU),
                org_ru=rng.choice(ORGS_RU),
                pct=rng.randint(2, 45),
                year=rng.choice((2022, 2023, 2024)),
                month_ru=rng.choice(MONTHS_RU),
                rare=self._rare(),
            )
        else:
            c1, c2 = rng.sample(COUNTRIES, 2)
            s = rng.choice(SENTENCES).format(
                official=rng.choice(OFFICIALS),
                country=c1,
                country2=c2,
                topic=rng.choice(TOPICS),
                org=rng.choice(ORGS),
                event=rng.choice(EVENTS),
                city=rng.choice(CITIES),
                pct=rng.randint(2, 45),
                year=rng.choice((2022, 2023, 2024)),
                month=rng.choice(MONTHS),
                rare=self._rare(),
            )
        s = f"{s[:-1]}, {self._clause(russian)}."
        return s[0].upper() + s[1:]

    def hashtags(self) -> tuple[str, ...]:
        rng = self.rng
        k = rng.choices((1, 2, 3, 4, 5, 6), weights=(20, 30, 22, 14, 9, 5))[0]
        picked: dict[str, None] = {}
        while len(picked) < k:
            r = rng.random() * self.tag_cum[-1]
            picked.setdefault(self.tags[bisect.bisect_left(self.tag_cum, r)])
        return tuple(picked)

    def original(self, channel: int, target: int) -> _Original:
        rng = self.rng
        russian = rng.random() < 0.2
        heading = f"{rng.choice(HEADS)}{rng.choice(HEADS)} {self.sentence(russian)}"
        lines = [heading]
        size = len(heading)
        while size < target:
            s = self.sentence(russian)
            lines.append(s)
            size += len(s) + 3
        return _Original(lines, self.hashtags(), channel, russian)


def _hashtag_line(tags: tuple[str, ...]) -> str:
    return " ".join(f"#{t}" for t in tags)


def iter_posts(n: int, seed: int) -> Iterator[dict[str, Any]]:
    """The corpus as dicts (the ``posts.jsonl`` records), in publication order."""
    rng = random.Random(seed)
    composer = _Composer(rng)
    channels = [c for c, _, _ in CHANNELS]
    titles = {c: t for c, t, _ in CHANNELS}
    weights = list(itertools.accumulate(w for _, _, w in CHANNELS))
    next_id = dict.fromkeys(channels, 0)
    recent: deque[_Original] = deque(maxlen=RECENT)
    step = SPAN.total_seconds() / max(n, 1)
    start = int(START.timestamp())
    for i in range(n):
        date = start + int(i * step + rng.random() * step)
        roll = rng.random()
        kind = "original"
        if recent and roll < 0.2:
            source = recent[-1 - min(len(recent) - 1, int(rng.expovariate(1 / 50)))]
            # A copy appears in another channel: a repost, or the same statement re-published.
            channel = rng.choice([c for c in channels if c != source.channel] or channels)
            if roll < 0.1:
                kind, orig = "exact", source
            else:
                kind = "near"
                lines = list(source.lines)
                at = rng.randrange(1, len(lines)) if len(lines) > 1 else 0
                lines[at] = composer.sentence(source.russian)
                orig = _Original(lines, source.hashtags, channel, source.russian)
        else:
            channel = channels[bisect.bisect_left(weights, rng.random() * weights[-1])]
            length = int(MIN_CHARS * (MAX_CHARS / MIN_CHARS) ** rng.random())  # log-uniform
            orig = composer.original(channel, length)
            recent.append(orig)
        repeated = rng.random() < 0.3
        if kind == "exact":
            repeated = orig.repeated  # byte for byte what the source channel delivered
        elif kind == "original":
            orig.repeated = repeated
        text = render(orig, repeated)
        next_id[channel] += 1
        record: dict[str, Any] = {
            "channel": channel,
            "channel_title": titles[channel],
            "id": next_id[channel],
            "date": date,
            "text": text,
            "hashtags": list(orig.hashtags),
            "kind": kind,
            "repeated": repeated,
        }
        if rng.random() < 0.2:
            record["photo"] = f"photos/photo_{next_id[channel]}@{_stamp(date)}.jpg"
            record["photo_size"] = rng.randint(40_000, 400_000)
        yield record


def render(orig: _Original, repeated: bool) -> str:
    """Heading, bullets (or paragraphs), the hashtag line; with ``repeated`` the body twice.

    The layout is drawn from the post's own lines, not from the corpus's generator, so an
    exact copy renders exactly as its source did.
    """
    rng = random.Random(hash_lines(orig.lines))
    heading, body = orig.lines[0], orig.lines[1:]
    if rng.random() < 0.5:
        bullet = rng.choice(BULLETS)
        block = "\n".join(f"{bullet} {s}" for s in body)
    else:
        block = "\n\n".join(body)  # paragraphs: one sentence a line, as channels write them
    text = f"{heading}\n\n{block}"
    if repeated:
        text += f"\n\n{rng.choice(READ_MORE)}\n\n{block}"
    return f"{text}\n\n{_hashtag_line(orig.hashtags)}"


def hash_lines(lines: list[str]) -> int:
    """A stable (not salted like ``hash``) seed from a post's lines."""
    h = 1469598103934665603
    for line in lines:
        for ch in line[:64]:
            h = ((h ^ ord(ch)) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
        h = ((h ^ len(line)) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h


def _stamp(unix: int) -> str:
    return datetime.fromtimestamp(unix, UTC).strftime("%d-%m-%Y_%H-%M-%S")


def _local(unix: int) -> str:
    moment = datetime.fromtimestamp(unix, UTC) + LOCAL_OFFSET
    return moment.replace(tzinfo=None).isoformat()


def tdesktop_message(record: dict[str, Any]) -> dict[str, Any]:
    """A record as Telegram Desktop writes a channel message (hashtags as entities)."""
    text: str = record["text"]
    tags = record["hashtags"]
    parts: list[Any]
    if tags:
        line = _hashtag_line(tuple(tags))
        body = text[: len(text) - len(line)]
        parts = [body]
        for n, tag in enumerate(tags):
            if n:
                parts.append(" ")
            parts.append({"type": "hashtag", "text": f"#{tag}"})
    else:
        parts = [text]
    msg: dict[str, Any] = {
        "id": record["id"],
        "type": "message",
        "date": _local(record["date"]),
        "date_unixtime": str(record["date"]),
        "from": record["channel_title"],
        "from_id": f"channel{record['channel']}",
    }
    if "photo" in record:
        msg["photo"] = record["photo"]
        msg["photo_file_size"] = record["photo_size"]
        msg["width"] = 1280
        msg["height"] = 720
    msg["text"] = parts if tags else text
    msg["text_entities"] = [
        {"type": "plain", "text": p} if isinstance(p, str) else p for p in parts if p != ""
    ]
    return msg


def _channel_dir(channel: int) -> str:
    return f"channel_{channel}"


def generate(out: Path, *, posts: int, seed: int, log: TextIO | None = None) -> dict[str, Any]:
    """Write the corpus under ``out`` (see the module docstring); return the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "manifest.json").unlink(missing_ok=True)  # written last: its presence means done
    started = time.perf_counter()
    counts = Counts()
    first = last = None
    with ExitStack() as stack:
        jsonl = stack.enter_context(
            (out / "posts.jsonl").open("w", encoding="utf-8", buffering=1 << 20)
        )
        exports: dict[int, TextIO] = {}
        for channel, title, _ in CHANNELS:
            folder = out / "tdesktop" / _channel_dir(channel)
            folder.mkdir(parents=True, exist_ok=True)
            f = stack.enter_context(
                (folder / "result.json").open("w", encoding="utf-8", buffering=1 << 20)
            )
            head = {"name": title, "type": "public_channel", "id": channel}
            f.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "messages": [')
            exports[channel] = f
        started_msgs: set[int] = set()
        for record in iter_posts(posts, seed):
            jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
            channel = record["channel"]
            f = exports[channel]
            f.write(",\n  " if channel in started_msgs else "\n  ")
            started_msgs.add(channel)
            f.write(json.dumps(tdesktop_message(record), ensure_ascii=False))
            counts.posts += 1
            setattr(counts, record["kind"], getattr(counts, record["kind"]) + 1)
            counts.repeated += record["repeated"]
            counts.photos += "photo" in record
            counts.chars += len(record["text"])
            counts.per_channel[channel] = counts.per_channel.get(channel, 0) + 1
            first = record["date"] if first is None else first
            last = record["date"]
            if log is not None and counts.posts % 100_000 == 0:
                rate = counts.posts / (time.perf_counter() - started)
                print(f"generated {counts.posts:,} posts ({rate:,.0f}/s)", file=log, flush=True)
        for channel, f in exports.items():
            f.write("\n ]\n}\n" if channel in started_msgs else "]\n}\n")
    manifest = {
        "format": FORMAT_VERSION,
        "posts": posts,
        "seed": seed,
        "counts": {
            "original": counts.original,
            "exact": counts.exact,
            "near": counts.near,
            "repeated": counts.repeated,
            "photos": counts.photos,
            "mean_chars": round(counts.chars / max(counts.posts, 1)),
        },
        "channels": [
            {"id": c, "title": t, "posts": counts.per_channel.get(c, 0), "dir": _channel_dir(c)}
            for c, t, _ in CHANNELS
        ],
        "first_date": first,
        "last_date": last,
        "seconds": round(time.perf_counter() - started, 1),
        "queries": QUERIES,
        "digest_topics": list(DIGEST_TOPICS),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return manifest


# What the search benchmark asks of this corpus: words the templates make common or rare.
# The rare term is a pseudo-word of the long tail (rank 401): under 1% of the posts.
DATE_FILTER = ("2024-03-01", "2024-03-31")
QUERIES: dict[str, str] = {
    "common term": "cooperation",
    "rare term": rare_vocabulary()[400].lower(),
    "two terms": "lavrov security",
    "phrase": '"strategic partnership"',
    "prefix": "secur*",
    "tag filter": "cooperation tag:BRICS",
    "date filter": f"cooperation since:{DATE_FILTER[0]} until:{DATE_FILTER[1]}",
}
DIGEST_TOPICS = ("SCO", "BRICS", "CIS")

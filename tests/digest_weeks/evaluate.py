"""How the digests read on a labelled week of posts: python tests/digest_weeks/evaluate.py [WEEK]

A week is a folder here (``mfa_week``, ``news_week``, ``summit_week``, ``border_week``,
``quake_week``, ``election_week``, ``forum_week``) holding:

- ``posts.jsonl``: one post a line, ``{"channel", "channel_title", "message_id", "date"
  (UTC), "text", "lang", "story", "kind", "topics"}``. ``story`` is the event a reader counts
  as one item (null for noise: weather, ads, roundups); ``topics`` the topics an editor
  files it under. A story id with a slash (``briefing-jun5/swiss``) is one part of a larger
  event (``briefing-jun5``) reported on its own: folding it into its parent is no wrong fold.
- ``topics.toml``: the config's ``[topics]`` for the week.
- ``review.md``: an editor's note of what a good daily digest per topic would hold.

The week goes through the product's own paths: each channel becomes a Telegram Desktop
export (hashtags and links as the entities Telegram Desktop writes), imported by
``tg-archiver import`` into a real SQLite archive with the week's topics in its config.
Then, for each topic, the digest of each day (UTC) is composed as a ``[[digests]]`` entry of
that one topic sends it, and the week's digest; the stories each shows (and the posts each
holds: its lead and the copies folded into it) come from :func:`digest_sections`, which
:func:`compose_digest` writes. Counted over the daily digests, and over the weekly ones:

- items: stories the digests show.
- stories shown: (digest, labelled story) pairs a reader sees under a topic the story is
  labelled with: a story leads an item, or is a part folded into its parent's item (a story
  under a topic it is not about counts as "wrong topic", not as one shown).
- missed: a story labelled with the topic, posted that day, not shown in the topic's digest
  ("cut" of them: filed under the topic but left out by ``max_items_per_topic``; "posts":
  the missed stories' posts of the window, so a big story missed weighs more than a small one).
- same-language repeats: a story shown as two or more items of one language in one digest
  (each item after the first of a language counts); other-language repeats: the same, in a
  further language.
- wrong folds: items holding posts of two different stories (neither a part of the other).
- no-story items: items led by noise.
- wrong topic: items under a topic their story is not labelled with.

``--show`` writes the composed digests to a folder to read beside ``review.md``;
``--details`` lists what each figure counts (the weekly digests' as "week #TOPIC").
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: the Telegram Desktop export builders

from tdesktop_fixtures import hashtag, link, make_chat, message, write_export  # noqa: E402

from tg_archiver.archive.config import load_config  # noqa: E402
from tg_archiver.archive.digest import DigestOptions, compose_digest, digest_sections  # noqa: E402
from tg_archiver.archive.digest_items import DigestItem  # noqa: E402
from tg_archiver.archive.store import Store  # noqa: E402
from tg_archiver.cli import main as cli_main  # noqa: E402

WEEKS = (
    "mfa_week",
    "news_week",
    "summit_week",
    "border_week",
    "quake_week",
    "election_week",
    "forum_week",
    "crisis_week",
)
FIGURES = (
    "items",
    "stories shown",
    "missed",
    "missed: cut",
    "missed: posts",
    "same-language repeats",
    "other-language repeats",
    "wrong folds",
    "no-story items",
    "wrong topic",
)
# Figures where more is better; the rest (but "items", which is neither) are faults.
BETTER_HIGHER = {"stories shown"}
NEUTRAL = {"items"}

_ENTITY = re.compile(r"(?<![\w/])#\w+|https?://\S+")


@dataclass(frozen=True)
class Post:
    channel: str
    channel_title: str
    message_id: int
    date: datetime
    text: str
    lang: str
    story: str | None
    kind: str
    topics: tuple[str, ...]


def load_posts(week: Path) -> list[Post]:
    posts = []
    for n, line in enumerate((week / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        try:
            posts.append(
                Post(
                    channel=d["channel"],
                    channel_title=d["channel_title"],
                    message_id=int(d["message_id"]),
                    date=datetime.fromisoformat(d["date"].replace("Z", "+00:00")).astimezone(UTC),
                    text=d["text"],
                    lang=d["lang"],
                    story=d["story"],
                    kind=d["kind"],
                    topics=tuple(d["topics"]),
                )
            )
        except (KeyError, ValueError) as e:
            raise SystemExit(f"{week.name}/posts.jsonl line {n}: {e!r}") from None
    return posts


def parts(text: str) -> list[Any]:
    """The text as Telegram Desktop writes it: plain strings, hashtag and link entities."""
    out: list[Any] = []
    at = 0
    for m in _ENTITY.finditer(text):
        if m.start() > at:
            out.append(text[at : m.start()])
        out.append(hashtag(m.group()) if m.group().startswith("#") else link(m.group()))
        at = m.end()
    if at < len(text):
        out.append(text[at:])
    return out if any(not isinstance(p, str) for p in out) else [text]


def write_exports(posts: Sequence[Post], folder: Path) -> list[Path]:
    """One Telegram Desktop channel export per channel, messages in id order."""
    by_channel: dict[str, list[Post]] = defaultdict(list)
    for p in posts:
        by_channel[p.channel].append(p)
    paths = []
    for n, (channel, its) in enumerate(sorted(by_channel.items()), 1):
        chat_id = 1_700_000_000 + n
        title = its[0].channel_title
        messages = []
        for p in sorted(its, key=lambda p: p.message_id):
            body = parts(p.text)
            messages.append(
                message(
                    p.message_id,
                    body[0] if len(body) == 1 else body,
                    date=p.date,
                    from_=title,
                    from_id=f"channel{chat_id}",
                )
            )
        out = folder / channel
        out.mkdir(parents=True)
        paths.append(write_export(out / "result.json", make_chat(messages, name=title, id=chat_id)))
    return paths


@dataclass
class Digest:
    """One composed digest of one topic: its window and the items it shows."""

    topic: str
    since: datetime
    until: datetime
    shown: list[DigestItem]
    filed: list[DigestItem]  # every story filed under the topic, shown or cut
    messages: list[str]


@dataclass
class Result:
    daily: Counter[str] = field(default_factory=Counter)
    weekly: Counter[str] = field(default_factory=Counter)
    details: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    digests: list[Digest] = field(default_factory=list)


def week_window(posts: Sequence[Post]) -> tuple[datetime, datetime]:
    first = min(p.date for p in posts).replace(hour=0, minute=0, second=0, microsecond=0)
    last = max(p.date for p in posts).replace(hour=0, minute=0, second=0, microsecond=0)
    return first, last + timedelta(days=1)


async def compose_all(db: Path, config_path: Path, posts: Sequence[Post]) -> list[Digest]:
    config = load_config(config_path)
    topics = list(config.topics.topics)
    start, end = week_window(posts)
    windows = [
        (start + timedelta(days=d), start + timedelta(days=d + 1))
        for d in range((end - start).days)
    ]
    windows.append((start, end))
    out = []
    async with await Store.open(db) as store:
        for topic in topics:
            options = DigestOptions(
                title=f"Digest: {topic}", topics=(topic,), aliases=config.topics
            )
            for since, until in windows:
                rows = await store.digest_rows([topic], since=since, until=until)
                sections = digest_sections(rows, options, since=since, until=until)
                shown = dict(sections.shown).get(topic, [])
                filed = sections.topics.get(topic, [])
                messages = compose_digest(rows, options, since=since, until=until)
                out.append(Digest(topic, since, until, list(shown), list(filed), messages))
    return out


def related(a: str, b: str) -> bool:
    """The same story, or one a part of the other (``briefing-jun5/swiss``, ``briefing-jun5``)."""
    return a == b or a.startswith(b + "/") or b.startswith(a + "/")


def score(posts: Sequence[Post], digests: Iterable[Digest]) -> Result:
    label = {(p.channel_title, str(p.message_id)): p for p in posts}
    # A story's topics: those its posts are filed under, together.
    story_topics: dict[str, set[str]] = defaultdict(set)
    for p in posts:
        if p.story is not None:
            story_topics[p.story].update(p.topics)
    result = Result()

    def post_of(row: Any) -> Post:
        return label[(row.source_title, row.external_id)]

    for dg in digests:
        weekly = dg.until - dg.since > timedelta(days=1)
        counts = result.weekly if weekly else result.daily
        when = "week" if weekly else f"{dg.since:%a %d}"
        where = f"{when} #{dg.topic}"

        def note(figure: str, text: str, where: str = where) -> None:
            result.details[figure].append(f"{where}: {text}")

        seen: set[str] = set()
        langs: dict[str, list[str]] = defaultdict(list)
        for item in dg.shown:
            counts["items"] += 1
            lead = post_of(item.lead)
            members = [post_of(r) for r in item.rows]
            if lead.story is None:
                counts["no-story items"] += 1
                note("no-story items", f"{lead.channel}/{lead.message_id} {lead.text[:70]!r}")
                continue
            seen.add(lead.story)
            for m in members:
                if m.story is not None and related(m.story, lead.story) and m.story != lead.story:
                    seen.add(m.story)
            strangers = sorted(
                {m.story for m in members if m.story and not related(m.story, lead.story)}
            )
            if strangers:
                counts["wrong folds"] += 1
                note("wrong folds", f"{lead.story} holds {', '.join(strangers)}")
            if dg.topic not in story_topics[lead.story]:
                counts["wrong topic"] += 1
                labelled = ", ".join(sorted(story_topics[lead.story])) or "no topic"
                note("wrong topic", f"{lead.story} ({labelled})")
            langs[lead.story].append(lead.lang)
        for story, ls in langs.items():
            by_lang = Counter(ls)
            same = sum(n - 1 for n in by_lang.values())
            other = len(by_lang) - 1
            if same:
                counts["same-language repeats"] += same
                note("same-language repeats", f"{story} x{len(ls)} ({', '.join(ls)})")
            if other:
                counts["other-language repeats"] += other
                note("other-language repeats", f"{story} ({', '.join(ls)})")
        expected = {
            p.story
            for p in posts
            if p.story and dg.topic in story_topics[p.story] and dg.since <= p.date < dg.until
        }
        counts["stories shown"] += len(seen & expected)  # under a topic it is labelled with
        filed = {post_of(i.lead).story for i in dg.filed}
        posted = Counter(
            p.story for p in posts if p.story in expected and dg.since <= p.date < dg.until
        )
        for story in sorted(expected - seen):
            counts["missed"] += 1
            counts["missed: posts"] += posted[story]
            if story in filed:
                counts["missed: cut"] += 1
            note("missed", story + (" (cut)" if story in filed else ""))
    for figure in FIGURES:
        result.daily.setdefault(figure, 0)
        result.weekly.setdefault(figure, 0)
    return result


def evaluate(week: Path, work: Path) -> Result:
    """Import ``week`` into a new archive under ``work`` and score its digests."""
    posts = load_posts(week)
    exports = write_exports(posts, work / "exports")
    db = work / "archive.db"
    config = work / "config.toml"
    config.write_text(
        f'[archive]\ndatabase = "{db.name}"\n\n'
        + (week / "topics.toml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    code = cli_main(["--config", str(config), "import", *map(str, exports)])
    if code != 0:
        raise SystemExit(f"{week.name}: import failed ({code})")
    digests = asyncio.run(compose_all(db, config, posts))
    result = score(posts, digests)
    result.digests = digests
    return result


def table(name: str, result: Result) -> str:
    width = max(map(len, FIGURES))
    lines = [f"{name:<{width}}  {'daily':>6}  {'weekly':>6}"]
    lines += [f"{f:<{width}}  {result.daily[f]:>6}  {result.weekly[f]:>6}" for f in FIGURES]
    return "\n".join(lines)


def show(result: Result, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for dg in result.digests:
        span = "week" if dg.until - dg.since > timedelta(days=1) else f"{dg.since:%Y-%m-%d}"
        text = "\n---\n".join(dg.messages) or "(nothing)"
        (folder / f"{dg.topic}-{span}.html").write_text(text + "\n", encoding="utf-8")


def run(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "weeks",
        nargs="*",
        help=f"weeks: folders under tests/digest_weeks or paths (default: {', '.join(WEEKS)})",
    )
    parser.add_argument("--details", action="store_true", help="list what each figure counts")
    parser.add_argument(
        "--show", type=Path, metavar="DIR", help="write the composed digests to DIR"
    )
    args = parser.parse_args(argv)
    names = args.weeks or [w for w in WEEKS if (HERE / w / "posts.jsonl").exists()]
    for name in names:
        week = HERE / name if (HERE / name).is_dir() else Path(name)  # a week elsewhere
        if not (week / "posts.jsonl").exists():
            print(f"evaluate: no week {name!r} (no {week / 'posts.jsonl'})", file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory() as tmp:
            result = evaluate(week, Path(tmp))
        print(table(week.name, result))
        if args.details:
            for figure, lines in result.details.items():
                print(f"\n{figure}:")
                print("\n".join(f"  {line}" for line in lines))
        if args.show:
            show(result, args.show / name)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(run())

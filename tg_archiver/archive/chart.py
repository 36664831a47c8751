"""A digest's chart: stories per topic per day, as a small PNG with a caption.

    data = chart_data(rows, options, since=since, until=until)
    png = render_png(data)          # matplotlib, Agg backend; needs the `charts` extra
    caption = chart_caption(data)   # HTML, at most 1024 UTF-16 units

The counts are the digest's own: stories (copies folded) under the topic the digest lists
them under, by the UTC day of the story's first post. A chart travels inside a recorded
delivery as one more part, so it is sent exactly once like the text parts: :func:`encode_part`
makes that part (JSON of the counts behind a marker no composed HTML can hold) and
:func:`decode_part` reads it back; the PNG is drawn when the part is sent.
"""

from __future__ import annotations

import html
import importlib.util
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from tg_archiver.archive.digest import (
    UNDATED,
    DigestOptions,
    by_topic,
    group_items,
    hashtag,
    utf16_len,
)
from tg_archiver.archive.export import ExportRow

MARK = "\x00chart\x00"  # composed HTML never holds NUL: the pipeline refuses it
MAX_CAPTION = 1024
MAX_SERIES = 8  # more lines than this are unreadable at this size; the rest are summed
MAX_DAYS = 92
OTHER_TOPICS = "other topics"  # the series that sums those past MAX_SERIES


@dataclass(frozen=True)
class ChartData:
    title: str
    days: tuple[str, ...]  # ISO dates, one per day of the window
    series: tuple[tuple[str, tuple[int, ...]], ...]  # (topic, count per day), most first
    plain: tuple[str, ...] = ()  # topics written as they are (saved searches), not as hashtags


def charts_available() -> bool:
    """Whether matplotlib (the ``charts`` extra) is installed."""
    return importlib.util.find_spec("matplotlib") is not None


def chart_data(
    rows: Iterable[ExportRow], options: DigestOptions, *, since: datetime, until: datetime
) -> ChartData | None:
    """The counts behind the chart, or None when the window has no story or is too long."""
    first, last = (
        since.astimezone(UTC).date(),
        (until - timedelta(microseconds=1)).astimezone(UTC).date(),
    )
    n_days = (last - first).days + 1
    if n_days < 2 or n_days > MAX_DAYS:
        return None
    # Undated posts have no day to be counted on, even in a digest that lists them.
    given = list(rows)
    rows = [r for r in given if since <= r.published_at < until and r.date_source != UNDATED]
    topics = by_topic(group_items(rows, {r.id for r in given}), options)
    if not topics:
        return None
    days = [first + timedelta(days=i) for i in range(n_days)]
    index = {d: i for i, d in enumerate(days)}
    series: list[tuple[str, list[int]]] = []
    for topic, items in topics.items():
        counts = [0] * n_days
        for item in items:
            counts[index[item.lead.published_at.astimezone(UTC).date()]] += 1
        series.append((topic, counts))
    series.sort(key=lambda s: -sum(s[1]))  # stable: ties keep the digest's order
    if len(series) > MAX_SERIES:
        rest = [sum(c) for c in zip(*(s[1] for s in series[MAX_SERIES - 1 :]), strict=True)]
        series = [*series[: MAX_SERIES - 1], (OTHER_TOPICS, rest)]
    return ChartData(
        title=options.title,
        days=tuple(d.isoformat() for d in days),
        series=tuple((t, tuple(c)) for t, c in series),
        plain=tuple(t for t, _ in series if t == OTHER_TOPICS or options.label(t) == t),
    )


def chart_caption(data: ChartData) -> str:
    """HTML caption: what the chart shows and each topic's total, within 1024 units."""
    head = (
        f"<b>{_esc(data.title)}</b> · stories per topic per day,"
        f" {data.days[0]} – {data.days[-1]} (UTC)"
    )
    if utf16_len(head) > MAX_CAPTION:
        head = f"Stories per topic per day, {data.days[0]} – {data.days[-1]} (UTC)"
    parts = [head]
    for topic, counts in data.series:
        name = topic if topic in data.plain else hashtag(topic)
        line = f"{_esc(name)}: {sum(counts)}"
        if utf16_len("\n".join([*parts, line, "…"])) > MAX_CAPTION:
            parts.append("…")
            break
        parts.append(line)
    return "\n".join(parts)


def encode_part(data: ChartData) -> str:
    return MARK + json.dumps(
        {"title": data.title, "days": data.days, "series": data.series, "plain": data.plain},
        ensure_ascii=False,
    )


def decode_part(part: str) -> ChartData | None:
    """The chart of a delivery part, or None for a text part."""
    if not part.startswith(MARK):
        return None
    raw = json.loads(part[len(MARK) :])
    return ChartData(
        title=raw["title"],
        days=tuple(raw["days"]),
        series=tuple((t, tuple(c)) for t, c in raw["series"]),
        plain=tuple(raw.get("plain", ())),
    )


def display_part(part: str) -> str:
    """A delivery part as the console shows it: text parts as they are, a chart as its
    caption (the PNG is only sent to Telegram)."""
    data = decode_part(part)
    return part if data is None else f"[chart] {chart_caption(data)}"


def render_png(data: ChartData) -> bytes:
    """The chart as PNG bytes (about 640×360). Needs matplotlib (``pip install '.[charts]'``)."""
    import matplotlib

    matplotlib.use("Agg")  # no screen: draw to memory only
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    days = [date.fromisoformat(d) for d in data.days]
    x = list(range(len(days)))
    step = max(1, len(days) // 10)
    fig = Figure(figsize=(6.4, 3.6), dpi=100, layout="constrained")
    ax = fig.subplots()
    for topic, counts in data.series:
        label = topic if topic in data.plain else hashtag(topic)
        ax.plot(x, counts, marker="o", linewidth=1.5, markersize=3, label=label)
    ax.set_title(_plain(data.title), fontsize=10, loc="left")
    ax.set_ylabel("stories")
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=8, loc="upper left", frameon=False)
    ax.tick_params(axis="x", labelsize=8, labelrotation=30)
    ax.set_xticks(x[::step], [f"{d:%b %d}" for d in days[::step]])
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _plain(text: str) -> str:
    """Text for matplotlib, which reads ``$...$`` as math."""
    return text.replace("$", r"\$")

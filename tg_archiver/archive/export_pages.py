"""The exports a person reads: a Markdown document and one self-contained HTML page, written
row by row (:func:`write_markdown`, :func:`write_html`; :data:`.export.FORMATS` names them).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import datetime
from typing import TextIO
from urllib.parse import urlsplit

from tg_archiver.archive import lazy_re
from tg_archiver.archive.bidi import closed
from tg_archiver.archive.export_rows import DEFAULT_TITLE, ExportRow, export_url, iso_utc
from tg_archiver.archive.models import Media
from tg_archiver.archive.timefmt import day, minute

# --- Markdown --------------------------------------------------------------------------------

# Inline characters that would start emphasis, code, links or raw HTML.
_MD_INLINE = lazy_re.compile(r"([\\`*_\[\]<>#|])")
_MD_ENTITY = lazy_re.compile(r"&(?=#?\w+;)")  # "&amp;" would render as "&"
# Line starts that would make a heading, list, quote, rule, fence or table row.
_MD_LINE_START = lazy_re.compile(r"^(\s*(?:\d+)?)([#>+\-*=|~`]|(?<=\d)[.)])")
# Post text may hold Markdown links; only these schemes stay live (see _md_links).
LIVE_SCHEMES = ("http", "https", "tg")
_MD_LINK_OPEN = lazy_re.compile(r"\]\(")  # "[text](" of an inline link or image
_MD_LIVE_DESTINATION = lazy_re.compile(rf"[ \t]*(?:{'|'.join(LIVE_SCHEMES)}):", re.IGNORECASE)


def _md_inline(text: str) -> str:
    """Short display text (titles, names) with every Markdown-significant character escaped."""
    return _MD_ENTITY.sub(r"\\&", _MD_INLINE.sub(r"\\\1", " ".join(text.split())))


def _md_text_line(line: str) -> str:
    """A line of post text, kept readable: only what would change its structure is escaped.

    Leading block markers are escaped, and ``<`` everywhere, so a post cannot inject raw
    HTML where the Markdown is rendered. Emphasis characters inside a line are left alone:
    they are common in URLs and hashtags, and escaping them would garble the plain text.
    """
    line = line.replace("\\", "\\\\").replace("<", "\\<")
    line = _MD_ENTITY.sub(r"\\&", line)
    line = _md_links(line)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line, count=1)


def _md_links(line: str) -> str:
    """Keep a link of post text live only if it goes to an http, https or tg address.

    ``[x](javascript:alert(1))`` (in any case, with spaces before it, or with the scheme
    spelled as entities, which the escaping above has made literal) loses its link: ``(`` is
    escaped, so the reader sees the text as written. A destination that does not start on the
    same line is not live either. Reference definitions (``[x]: url``) are never made:
    ``]:`` is escaped everywhere, and ``<`` already is, so no autolink.
    """

    def link(m: re.Match[str]) -> str:
        return "](" if _MD_LIVE_DESTINATION.match(line, m.end()) else "]\\("

    return _MD_LINK_OPEN.sub(link, line).replace("]:", "]\\:")


def _md_hashtag(tag: str) -> str:
    return "#" + _md_inline("_".join(tag.split()))


def _human_time(moment: datetime) -> str:
    return f"{minute(moment)} UTC"


def _post_time(row: ExportRow) -> str:
    """The post's time as a reader sees it, saying when it is only a text dump file's time
    (undated) or a day its own dateline gave."""
    if row.date_source == "file":
        return f"{_human_time(row.published_at)} (undated: the file's time)"
    if row.date_source == "text":
        return f"{day(row.published_at)} (date from its text)"
    return _human_time(row.published_at)


def _is_web_url(url: str | None) -> bool:
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def write_markdown(
    rows: Iterable[ExportRow],
    out: TextIO,
    *,
    title: str = DEFAULT_TITLE,
    note: str | None = None,
) -> int:
    """A Markdown document: one ``## date · source`` section per post, text as a blockquote."""
    out.write(f"# {_md_inline(title)}\n\n")
    if note:
        out.write(f"_{_md_inline(note)}_\n\n")
    count = 0
    for row in rows:
        out.write(_md_post(row))
        count += 1
    out.write(f"---\n\n{count} {'post' if count == 1 else 'posts'}\n")
    return count


def _md_post(row: ExportRow) -> str:
    lines = [f"## {_post_time(row)} · {_md_inline(row.source_title or row.source)}"]
    lines.append("")
    if row.title:
        lines += [f"**{_md_inline(row.title)}**", ""]
    meta = []
    url = export_url(row)
    if _is_web_url(url) and not re.search(r"[<>\s]", url or ""):
        meta.append(f"[Original](<{url}>)")
    elif url:
        meta.append(f"Original: {_md_inline(url)}")
    if row.edited_at:
        meta.append(f"edited {_human_time(row.edited_at)}")
    if row.forwarded_from:
        meta.append(f"forwarded from {_md_inline(row.forwarded_from)}")
    if row.duplicate_of is not None:
        meta.append(f"duplicate of post {row.duplicate_of}")
    if meta:
        lines += [" · ".join(meta), ""]
    if row.tags:
        lines += [" ".join(_md_hashtag(tag) for tag in row.tags), ""]
    if row.text:
        text_lines = [_md_text_line(line).rstrip() for line in row.text.splitlines()]
        for line, following in zip(text_lines, [*text_lines[1:], ""], strict=True):
            # Two trailing spaces: a hard break, so the post's line breaks survive rendering.
            lines.append(f"> {line}  " if line and following else f"> {line}".rstrip())
        lines.append("")
    if row.media:
        lines += [f"- {_md_inline(_media_label(m))}" for m in row.media]
        lines.append("")
    return "\n".join(lines) + "\n"


def _media_label(media: Media) -> str:
    label = media.kind + (f": {media.file_name}" if media.file_name else "")
    if media.size is not None:
        label += f" ({_human_size(media.size)})"
    return label


def _human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


# --- HTML ------------------------------------------------------------------------------------

_CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;
background:#f6f7f9;color:#1d232a}
header,main,footer{max-width:48rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}
.note,footer,.meta{color:#5b6570;font-size:.9rem}
article{background:#fff;border:1px solid #dde1e6;border-radius:8px;margin:1rem 0;
padding:.75rem 1rem}
article h2{font-size:1rem;margin:0;font-weight:600}
article h3{font-size:1.05rem;margin:.4rem 0 0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:.6rem 0}
.tags{margin:.4rem 0 0;padding:0;list-style:none}
.tags li{display:inline-block;background:#e8f0fe;color:#1a4fb4;border-radius:4px;
padding:0 .4rem;margin:0 .3rem .3rem 0;font-size:.85rem}
.media{margin:.4rem 0 0;font-size:.9rem;color:#5b6570}
.photo{margin:.6rem 0 0}.photo img{max-width:100%;height:auto;border-radius:4px}
a{color:#1a4fb4}
footer{padding:1rem 1rem 2rem}
"""


def _h(text: str) -> str:
    return html.escape(closed(text), quote=True)  # its open bidi controls closed: archive.bidi


def write_html(
    rows: Iterable[ExportRow],
    out: TextIO,
    *,
    title: str = DEFAULT_TITLE,
    note: str | None = None,
    images: bool = False,
) -> int:
    """One self-contained page: inline CSS, no scripts, no external resources.

    A Content-Security-Policy forbids loading anything, as a second guard behind escaping.
    Only http(s) URLs become links. The count goes in the footer, since the page is written
    before the rows are all seen. ``images``: rows carry kept photos (``ExportRow.files``),
    shown inline from their ``href`` (a relative link into the media folder, or a data:
    URI); the policy then lets the page load images from beside it, and nothing else.
    """
    img = " img-src 'self' data: file:;" if images else ""
    out.write(
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        f"content=\"default-src 'none';{img} style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_h(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header>\n<h1>{_h(title)}</h1>\n"
    )
    if note:
        out.write(f'<p class="note">{_h(note)}</p>\n')
    out.write("</header>\n<main>\n")
    count = 0
    for row in rows:
        out.write(_html_post(row))
        count += 1
    out.write(
        f"</main>\n<footer>{count} {'post' if count == 1 else 'posts'}</footer>\n</body>\n</html>\n"
    )
    return count


def _html_post(row: ExportRow) -> str:
    parts = [
        f'<article id="post-{row.id}">\n<h2><time datetime="{iso_utc(row.published_at)}">'
        f"{_h(_post_time(row))}</time> · {_h(row.source_title or row.source)}</h2>\n"
    ]
    if row.title:
        parts.append(f"<h3>{_h(row.title)}</h3>\n")
    meta = []
    url = export_url(row)
    if url and _is_web_url(url):
        meta.append(f'<a href="{_h(url)}" rel="noopener noreferrer nofollow">Original</a>')
    elif url:
        meta.append(_h(url))
    if row.edited_at:
        meta.append(f"edited {_human_time(row.edited_at)}")
    if row.forwarded_from:
        meta.append(f"forwarded from {_h(row.forwarded_from)}")
    if row.duplicate_of is not None:
        meta.append(f'duplicate of <a href="#post-{row.duplicate_of}">post {row.duplicate_of}</a>')
    if meta:
        parts.append(f'<p class="meta">{" · ".join(meta)}</p>\n')
    if row.text:
        parts.append(f'<div class="text">{_h(row.text)}</div>\n')
    if row.tags:
        items = "".join(f"<li>#{_h(tag)}</li>" for tag in row.tags)
        parts.append(f'<ul class="tags">{items}</ul>\n')
    photos = [f for f in row.files if f.kind == "photo" and f.href]
    for f in photos:
        parts.append(f'<figure class="photo"><img src="{_h(f.href or "")}" alt="photo"></figure>\n')
    if row.media:
        items = "".join(f"<li>{_h(_media_label(m))}</li>" for m in row.media)
        parts.append(f'<ul class="media">{items}</ul>\n')
    parts.append("</article>\n")
    return "".join(parts)

"""Markdown: optional front matter gives the metadata; the text keeps the file's offsets.

The front matter block is blanked out (spaces, newlines kept) rather than cut, so every span
found in the text still indexes the decoded file text.
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.documents import Source, decode, normalise_newlines
from bot.models import Document

_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S
)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_ALIASES = {
    "title": "title",
    "publisher": "publisher",
    "site": "publisher",
    "source": "publisher",
    "published": "published",
    "date": "published",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "author": "author",
    "byline": "author",
}
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+|\s+#+\s*$")


def parse_front_matter(block: str) -> dict[str, str]:
    """Read the simple ``key: value`` lines of a front matter block (YAML's common subset)."""
    fields: dict[str, str] = {}
    for line in block.splitlines():
        match = _FIELD.match(line)
        if not match:
            continue
        key = _ALIASES.get(match.group("key").lower())
        value = match.group("value").strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if key and value and key not in fields:
            fields[key] = value
    if "published" in fields:
        fields["published"] = fields["published"][:10]
    return fields


def read(path: Path, data: bytes) -> Source:
    """Decode a Markdown file, take its front matter, title from it or the first heading."""
    body = normalise_newlines(decode(data, str(path)))
    fields: dict[str, str] = {}
    match = _FRONT_MATTER.match(body)
    if match:
        fields = parse_front_matter(match.group("body"))
        blank = re.sub(r"[^\n]", " ", match.group(0))
        body = blank + body[match.end() :]
    title = fields.pop("title", "")
    if not title:
        for line in body.splitlines():
            if line.strip():
                title = _HEADING.sub("", line).strip().strip("*_ ")
                break
    document = Document(title=title or path.stem, path=str(path), **fields)
    return Source(document, body)

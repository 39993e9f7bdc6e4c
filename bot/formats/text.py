"""Plain text: the decoded file is the text; the first non-empty line is the title."""

from __future__ import annotations

from pathlib import Path

from bot.documents import Source, decode, first_line_title, normalise_newlines
from bot.models import Document


def read(path: Path, data: bytes) -> Source:
    """Decode a plain-text file; spans of its extraction index this text."""
    body = normalise_newlines(decode(data, str(path)))
    return Source(Document(title=first_line_title(body) or path.stem, path=str(path)), body)

"""HTML pages: the article body and its metadata, via trafilatura.

trafilatura drops navigation, ads, scripts and comments; its paragraphs come one per line,
and they are joined with blank lines under the title so paragraph numbers work as for text.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from bot.documents import DocumentError, Source, decode
from bot.models import Document

log = logging.getLogger(__name__)

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def read(path: Path, data: bytes) -> Source:
    """Extract the main text and metadata of an HTML page."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    markup = decode(data, str(path))
    extracted = trafilatura.bare_extraction(
        markup,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
    )
    meta: dict[str, Any] = {}
    if extracted is not None:
        meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = str(meta.get("text") or "")
    if not body.strip():
        raise DocumentError(f"{path}: no article text found in the HTML")
    title = str(meta.get("title") or "").strip()
    if not title:
        found = _TITLE.search(markup)
        title = " ".join(found.group(1).split()) if found else path.stem
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if lines and lines[0] == title:
        lines = lines[1:]
    text = "\n\n".join([title, *lines]) + "\n"
    document = Document(
        title=title,
        publisher=str(meta.get("sitename") or "").strip(),
        published=str(meta.get("date") or "")[:10],
        url=str(meta.get("url") or "").strip(),
        path=str(path),
        author=str(meta.get("author") or "").strip(),
    )
    log.debug("read %s: %d paragraphs of HTML article text", path, len(lines))
    return Source(document, text)

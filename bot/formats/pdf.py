"""PDF: the text layer, via pypdf; a PDF without one is refused with a clear message."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

from bot.documents import DocumentError, Source
from bot.models import Document

log = logging.getLogger(__name__)

_SENTENCE_END = re.compile(r"[.!?:”\"’')\]]$")


def _reflow(page_text: str) -> list[str]:
    """Join a page's lines into paragraphs: a blank line, or a short line, ends one; a hyphen
    at a line end joins the word."""
    lines = [line.rstrip() for line in page_text.splitlines()]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if current.endswith("-") and not current.endswith(" -"):
            current = current[:-1] + stripped
        else:
            current = f"{current} {stripped}" if current else stripped
        ends_sentence = bool(_SENTENCE_END.search(stripped))
        if (ends_sentence and len(line) < 0.85 * width) or (
            not ends_sentence and len(line) < 0.6 * width and not stripped.endswith(("-", ","))
        ):
            # A short last line closes a paragraph; a short line without a full stop is a
            # heading.
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def read(path: Path, data: bytes) -> Source:
    """Read a PDF's text layer into paragraphs; refuse encrypted or image-only PDFs."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"{path}: the PDF is encrypted; supply an unlocked copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(f"{path}: not a readable PDF ({exc})") from None
    paragraphs = [p for page in pages for p in _reflow(page)]
    if not paragraphs:
        raise DocumentError(
            f"{path}: the PDF has no text layer (scanned pages?); run OCR on it first"
        )
    meta_title = str(meta.title).strip() if meta and meta.title else ""
    title = meta_title or paragraphs[0]
    if paragraphs[0] != title:
        paragraphs.insert(0, title)
    author = str(meta.author).strip() if meta and meta.author else ""
    log.debug("read %s: %d pages, %d paragraphs", path, len(pages), len(paragraphs))
    return Source(Document(title=title, path=str(path), author=author), "\n\n".join(paragraphs))

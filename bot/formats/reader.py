"""Pick the reader for a file and enforce the size limit before reading it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.documents import DocumentError, Source
from bot.formats import html, markdown, pdf, text

_Reader = Callable[[Path, bytes], Source]

_READERS: dict[str, _Reader] = {
    ".txt": text.read,
    ".text": text.read,
    ".transcript": text.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".html": html.read,
    ".htm": html.read,
    ".xhtml": html.read,
    ".pdf": pdf.read,
}
SUPPORTED_SUFFIXES = tuple(sorted(_READERS))


def _sniff(data: bytes) -> _Reader | None:
    """Guess a reader from the first bytes, for files without a known suffix."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return pdf.read
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return html.read
    if head.startswith(b"---\n") or head.startswith(b"---\r\n"):
        return markdown.read
    return None


def read_document(path: Path, max_bytes: int) -> Source:
    """Read ``path`` into a Source; raise DocumentError naming the file when it cannot."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from None
    if path.is_dir():
        raise DocumentError(f"{path}: is a folder, not a file")
    if size > max_bytes:
        raise DocumentError(
            f"{path}: {size:,} bytes is over CITEBOT_MAX_FILE_BYTES ({max_bytes:,}); not read"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from None
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        reader = _sniff(data)
    if reader is None:
        if suffix and suffix not in {".log", ".csv", ".rst", ".srt", ".vtt"}:
            raise DocumentError(
                f"{path}: unsupported file type {suffix!r}; "
                f"supported: {', '.join(SUPPORTED_SUFFIXES)} (or plain text without a suffix)"
            )
        reader = text.read  # no suffix, or a text-like one: try it as plain text
    return reader(path, data)

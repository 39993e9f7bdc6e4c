"""Read a file into a document: decode its bytes, find its metadata, split its paragraphs."""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from bot.models import Document, Paragraph


class DocumentError(ValueError):
    """A file cannot be read as a document; the message says why, naming the file."""


@dataclass(frozen=True)
class Source:
    """A file read by its format's reader: its metadata and the plain text to extract from."""

    document: Document
    text: str


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Decode document bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data[:4096] or _mostly_control(data[:4096]):
        raise DocumentError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Windows-1252 is a superset of Latin-1's printable range and what legacy files are.
        return data.decode("cp1252", errors="replace")


_CONTROL = bytes(sorted(frozenset(range(32)) - {9, 10, 12, 13}))


def _mostly_control(head: bytes) -> bool:
    """Whether the bytes have the control characters of a binary format, not text."""
    # Counted by deleting them in C (a Python loop over 4 kB cost more than some extractions).
    control = len(head) - len(head.translate(None, _CONTROL))
    return bool(head) and control > len(head) // 20


def first_line_title(text: str) -> str:
    """The first non-empty line, stripped: the title when nothing better is known."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def normalise_newlines(text: str) -> str:
    """Use ``\\n`` line ends so offsets are stable whatever the file's origin."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Split text into non-empty blocks separated by blank lines, numbered from 1."""
    paragraphs: list[Paragraph] = []
    position = 0
    for separator in [*_BLANK_LINE.finditer(text), None]:
        end = separator.start() if separator else len(text)
        block = text[position:end]
        stripped = block.strip()
        if stripped:
            start = position + (len(block) - len(block.lstrip()))
            stop = start + len(stripped)
            paragraphs.append(Paragraph(len(paragraphs) + 1, start, stop, stripped))
        position = separator.end() if separator else len(text)
    return tuple(paragraphs)


def read_text_document(path: Path, max_bytes: int) -> tuple[Document, str]:
    """Read a plain-text file; its first non-empty line is the title."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from None
    if size > max_bytes:
        raise DocumentError(
            f"{path}: {size} bytes is over CITEBOT_MAX_FILE_BYTES ({max_bytes}); not read"
        )
    text = normalise_newlines(decode(path.read_bytes(), str(path)))
    return Document(title=first_line_title(text) or path.stem, path=str(path)), text


_META_FIELDS = ("title", "publisher", "published", "url", "author")


def sidecar_path(path: Path) -> Path:
    """Where a person's metadata for ``path`` lives: ``NAME.meta.json`` beside it."""
    return path.with_name(path.name + ".meta.json")


def apply_sidecar(document: Document, path: Path) -> Document:
    """Overlay metadata a person supplied in a sidecar file; it always wins over inference."""
    meta_file = sidecar_path(path)
    if not meta_file.exists():
        return document
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DocumentError(f"{meta_file}: not valid JSON metadata ({exc})") from None
    if not isinstance(meta, dict):
        raise DocumentError(f"{meta_file}: metadata must be a JSON object")
    updates = {k: str(meta[k]) for k in _META_FIELDS if meta.get(k)}
    return replace(document, **updates)

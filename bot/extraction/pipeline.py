"""One document in, its quotes and facts out."""

from __future__ import annotations

from pathlib import Path

from bot.documents import apply_sidecar, read_text_document, split_paragraphs
from bot.extraction.facts import extract_facts
from bot.extraction.quotes import extract_quotes
from bot.models import Document, Extraction


def extract_text(text: str, document: Document) -> Extraction:
    """Extract quotes and facts from already-decoded text."""
    paragraphs = split_paragraphs(text)
    quotes = extract_quotes(text, paragraphs)
    facts = extract_facts(text, paragraphs)
    return Extraction(document, text, paragraphs, tuple(quotes), tuple(facts))


def extract_file(path: Path, max_bytes: int) -> Extraction:
    """Read a file and extract its quotes and facts; raise DocumentError if it cannot be read."""
    document, text = read_text_document(path, max_bytes)
    return extract_text(text, apply_sidecar(document, path))

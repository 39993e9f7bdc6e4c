"""One document in, its quotes and facts out."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.documents import apply_sidecar, split_paragraphs
from bot.extraction.facts import extract_facts
from bot.extraction.layout import classify_all
from bot.extraction.people import People
from bot.extraction.quotes import extract_news_quotes
from bot.extraction.speakers import Resolver
from bot.extraction.transcripts import extract_transcript
from bot.models import Document, Extraction


def extract_text(text: str, document: Document) -> Extraction:
    """Extract quotes and facts from already-decoded text."""
    paragraphs = split_paragraphs(text)
    kinds = classify_all(paragraphs)
    people = People(text, paragraphs)
    resolver = Resolver(people, text, document.publisher)
    transcript_quotes, turn_paragraphs = extract_transcript(
        text, paragraphs, kinds, people, document.title
    )
    quotes = extract_news_quotes(text, paragraphs, kinds, resolver, turn_paragraphs)
    every = sorted([*transcript_quotes, *quotes], key=lambda q: (q.start, q.end))
    facts = extract_facts(text, paragraphs, kinds, every)
    return Extraction(document, text, paragraphs, tuple(every), tuple(facts))


def extract_file(path: Path, max_bytes: int) -> Extraction:
    """Read a file and extract its quotes and facts; raise DocumentError if it cannot be read."""
    from bot.formats import read_document

    source = read_document(path, max_bytes)
    document = apply_sidecar(replace(source.document, path=str(path)), path)
    return extract_text(source.text, document)

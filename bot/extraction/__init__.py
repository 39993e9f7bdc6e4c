"""Extraction: read a document's text into quotes and facts."""

from bot.extraction.pipeline import extract_file, extract_text

__all__ = ["extract_file", "extract_text"]

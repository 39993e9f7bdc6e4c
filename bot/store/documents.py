"""Whole stored documents: what an export reads out of a store and an import puts back.

Both SQL stores select the same columns and build the same values here, so a document leaves
either backend exactly as it went in (text, paragraphs, every quote and fact, hash, time added).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.models import Document, Extraction, Fact, Paragraph, Quote

# The columns both SQL stores select for a whole document, in the order stored_document reads.
DOCUMENT_COLUMNS = "id, path, title, publisher, published, url, author, content_hash, text"
# A document's paragraphs and snippets, each row led by its document id.
PARAGRAPH_COLUMNS = 'document_id, number, start, "end"'
SNIPPET_ROW_COLUMNS = (
    'document_id, kind, subkind, text, speaker, speaker_role, paragraph, start, "end", figures, cue'
)


@dataclass(frozen=True)
class StoredDocument:
    """A document as the store holds it, whole: what an export writes and an import restores."""

    extraction: Extraction
    content_hash: str
    added_at: str  # ISO 8601 in UTC, to the second
    workspace: str = ""  # whose document it is: a Slack team id, "" for the one store


def stored_document(
    row: Sequence[Any],
    added_at: str,
    paragraphs: Iterable[Sequence[Any]],
    snippets: Iterable[tuple[Sequence[Any], Sequence[str]]],
    workspace: str = "",
) -> StoredDocument:
    """Build a StoredDocument from a row of DOCUMENT_COLUMNS, its PARAGRAPH_COLUMNS rows and
    its SNIPPET_ROW_COLUMNS rows in id order, each with its figures decoded by the store."""
    text = row[8]
    quotes: list[Quote] = []
    facts: list[Fact] = []
    for snippet, figures in snippets:
        if snippet[1] == "quote":
            quotes.append(
                Quote(
                    text=snippet[3],
                    speaker=snippet[4],
                    speaker_role=snippet[5],
                    paragraph=snippet[6],
                    start=snippet[7],
                    end=snippet[8],
                    cue=snippet[10],
                    kind=snippet[2],
                )
            )
        else:
            facts.append(
                Fact(snippet[3], snippet[6], snippet[7], snippet[8], tuple(figures), snippet[4])
            )
    extraction = Extraction(
        document=Document(row[2], row[3], row[4], row[5], row[1], row[6]),
        text=text,
        paragraphs=tuple(Paragraph(p[1], p[2], p[3], text[p[2] : p[3]]) for p in paragraphs),
        quotes=tuple(quotes),
        facts=tuple(facts),
    )
    return StoredDocument(extraction, row[7], added_at, workspace)


def by_document(rows: Iterable[Sequence[Any]]) -> dict[int, list[Sequence[Any]]]:
    """Group rows led by a document id under that id, keeping their order."""
    grouped: dict[int, list[Sequence[Any]]] = {}
    for row in rows:
        grouped.setdefault(row[0], []).append(row)
    return grouped

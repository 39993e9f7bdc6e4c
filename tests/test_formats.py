"""Reading each format into text and metadata: Markdown, HTML, PDF, and what is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.documents import DocumentError
from bot.extraction import extract_file
from bot.formats import read_document

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def test_markdown_front_matter_gives_metadata_and_spans_index_the_file(tmp_path: Path) -> None:
    extraction = extract_file(FORMATS / "article.md", 1_000_000)
    document = extraction.document
    assert document.title == "Harbour Bridge Reopens After Repairs"
    assert document.publisher == "The Coastal Gazette"
    assert document.published == "2024-03-05"
    assert document.url == "https://example.org/harbour-bridge"
    file_text = (FORMATS / "article.md").read_text(encoding="utf-8")
    quote = next(q for q in extraction.quotes if q.kind == "direct")
    assert quote.speaker == "Ana Lopes"
    assert file_text[quote.start : quote.end] == quote.text
    assert quote.text.startswith("We will never again")
    for fact in extraction.facts:
        assert file_text[fact.start : fact.end] == fact.text
    assert extraction.paragraphs[0].text == "# Harbour Bridge Reopens After Repairs"


def test_markdown_without_front_matter_takes_the_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("## A *plain* note\n\nNothing quoted here.\n", encoding="utf-8")
    assert read_document(path, 10_000).document.title == "A *plain* note"


def test_sidecar_wins_over_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes((FORMATS / "article.md").read_bytes())
    (tmp_path / "a.md.meta.json").write_text(json.dumps({"publisher": "Desk Edition"}))
    document = extract_file(path, 1_000_000).document
    assert document.publisher == "Desk Edition"
    assert document.title == "Harbour Bridge Reopens After Repairs"


def test_html_keeps_the_article_and_its_metadata_not_the_page_furniture() -> None:
    extraction = extract_file(FORMATS / "article.html", 1_000_000)
    document = extraction.document
    assert document.title == "Harbour Bridge Reopens After Repairs"
    assert document.publisher == "The Coastal Gazette"
    assert document.published == "2024-03-05"
    assert document.url == "https://example.org/harbour-bridge"
    assert document.author == "Rui Costa"
    for furniture in (
        "SCRIPT TEXT",
        "NAVIGATION MENU",
        "ADVERTISEMENT",
        "READER COMMENT",
        "FOOTER",
    ):
        assert furniture not in extraction.text
    assert extraction.paragraphs[0].text == document.title
    assert any(q.speaker == "Ana Lopes" and q.kind == "direct" for q in extraction.quotes)
    assert any("40 tonnes" in f.figures for f in extraction.facts)


def test_html_title_falls_back_to_the_title_tag(tmp_path: Path) -> None:
    path = tmp_path / "bare.html"
    body = "<p>" + "The council met on Tuesday and approved the new budget for roads. " * 6 + "</p>"
    path.write_text(f"<html><head><title>Council Budget</title></head><body>{body}</body></html>")
    assert extract_file(path, 1_000_000).document.title == "Council Budget"


def test_pdf_text_layer_is_read_into_paragraphs() -> None:
    extraction = extract_file(FORMATS / "article.pdf", 1_000_000)
    assert extraction.document.title == "Harbour Bridge Reopens After Repairs"
    assert [p.number for p in extraction.paragraphs] == [1, 2, 3]
    quote = extraction.quotes[0]
    assert quote.speaker == "Ana Lopes" and quote.text.startswith("We will never again")
    assert extraction.text[quote.start : quote.end] == quote.text


def test_pdf_without_a_text_layer_is_refused_clearly() -> None:
    with pytest.raises(DocumentError, match="no text layer"):
        extract_file(FORMATS / "scanned.pdf", 1_000_000)


def test_broken_pdf_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    with pytest.raises(DocumentError, match=r"broken\.pdf"):
        extract_file(path, 1_000_000)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "unsupported file type"),
        ("report.docx", b"PK\x03\x04\x14\x00\x06\x00", "unsupported file type"),
        ("blob", bytes(range(256)) * 4, "binary"),
        ("notes.txt", b"\x00\x01\x02binary\x00\x00", "binary"),
    ],
)
def test_binary_or_unknown_files_get_a_clear_error(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=message) as caught:
        extract_file(path, 1_000_000)
    assert name in str(caught.value)


def test_a_file_without_suffix_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_text("Plain notes\n\n“It works,” said Ana Lopes.\n")
    assert extract_file(path, 10_000).quotes[0].speaker == "Ana Lopes"


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="cannot read"):
        extract_file(tmp_path / "nope.txt", 10_000)
    with pytest.raises(DocumentError, match="folder"):
        extract_file(tmp_path, 10_000)

"""Reading documents: decoding, paragraphs, metadata sidecars."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from bot.documents import DocumentError, decode, read_text_document, split_paragraphs

TEXT = "Title line\n\nFirst “quoted” para.\n  \nSecond para\nstill second.\n\n\nThird.\n"


def test_paragraphs_are_numbered_blocks_with_the_title_first() -> None:
    paragraphs = split_paragraphs(TEXT)
    assert [p.number for p in paragraphs] == [1, 2, 3, 4]
    assert paragraphs[0].text == "Title line"
    assert paragraphs[2].text == "Second para\nstill second."
    for p in paragraphs:
        assert TEXT[p.start : p.end] == p.text


@pytest.mark.parametrize(
    "data",
    [
        "Café – “quoted”".encode(),
        codecs.BOM_UTF8 + "Café – “quoted”".encode(),
        "Café – “quoted”".encode("utf-16"),
        "Café – “quoted”".encode("cp1252"),
    ],
)
def test_decoding(data: bytes) -> None:
    assert decode(data) == "Café – “quoted”"


def test_latin1_decodes() -> None:
    assert decode("naïve façade".encode("latin-1")) == "naïve façade"


def test_binary_is_refused() -> None:
    with pytest.raises(DocumentError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00")


def test_oversized_file_is_refused_naming_the_setting(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 100)
    with pytest.raises(DocumentError, match="CITEBOT_MAX_FILE_BYTES"):
        read_text_document(path, max_bytes=10)


def test_empty_document_gives_zero_items(tmp_path: Path) -> None:
    from bot.extraction import extract_file

    path = tmp_path / "empty.txt"
    path.write_text("")
    extraction = extract_file(path, 1000)
    assert extraction.quotes == () and extraction.facts == ()

"""Readers that turn a file of a known format into a document and its plain text.

One module per format; ``read_document`` picks the reader from the file name, or from the
first bytes when the name has no known suffix, and refuses anything else with a message
naming the file.
"""

from bot.formats.reader import SUPPORTED_SUFFIXES, Source, read_document

__all__ = ["SUPPORTED_SUFFIXES", "Source", "read_document"]

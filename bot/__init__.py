"""Citebot: answers *who said what, where* from the documents a team cares about."""

__version__ = "0.1.0"

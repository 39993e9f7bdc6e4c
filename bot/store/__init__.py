"""Storage: one narrow interface, chosen by URL."""

from bot.store.base import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]

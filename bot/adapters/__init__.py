"""Thin adapters over the core: the console, Slack."""

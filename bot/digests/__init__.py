"""Daily digests: each subscribed channel's morning post of what is new, cited, exactly once.

``values`` holds the frozen values the store and the adapters share; ``schedule`` says when a
subscription is due (IANA zones, daylight saving included); ``compose`` chooses what a digest
holds; ``runner`` claims and delivers the due ones through an adapter's ``Poster``;
``config`` reads the subscriptions declared as code. This package imports nothing from the
adapters, and this file imports nothing at all, so the store can use ``values`` freely.
"""

"""User-facing errors. Each message names the input and, where useful, the next step.

The CLI prints `str(error)` on one line and exits non-zero; tracebacks only with --debug.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """A file, folder, text or URL that cannot be read as an article."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class FetchError(InputError):
    """A URL that could not be fetched."""


class ContentError(InputError):
    """Readable input without usable main text."""


class StoreError(NewsgraphError):
    """The store cannot be opened, migrated or written."""


class ModelError(NewsgraphError):
    """A shipped model is missing or cannot be loaded."""


class DataError(NewsgraphError):
    """An evaluation or training data file is missing or malformed."""

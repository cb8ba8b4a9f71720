"""Every knob once, with its default and help.

Precedence: defaults < environment (NEWSGRAPH_*) < explicit arguments (CLI flags).
Stages receive the whole Settings object and read their own fields.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields


def _env(name: str, default: str) -> str:
    return os.environ.get(f"NEWSGRAPH_{name}", default)


@dataclass
class Settings:
    db: str = field(default_factory=lambda: _env("DB", "newsgraph.db"),
                    metadata={"help": "SQLite file of the store ($NEWSGRAPH_DB)."})
    languages: tuple[str, ...] = field(
        default_factory=lambda: tuple(_env("LANGUAGES", "de,en").split(",")),
        metadata={"help": "Languages articles may be identified as ($NEWSGRAPH_LANGUAGES, comma-separated)."})
    default_language: str = field(default="de", metadata={"help": "Language used when identification is not confident."})
    min_language_confidence: float = field(default=0.5, metadata={"help": "Below this, the default language is used."})
    max_bytes: int = field(default_factory=lambda: int(_env("MAX_BYTES", str(20 * 1024 * 1024))),
                           metadata={"help": "Largest file or HTTP body accepted, in bytes ($NEWSGRAPH_MAX_BYTES)."})
    fetch_timeout: float = field(default=20.0, metadata={"help": "Seconds before an HTTP fetch gives up."})
    max_redirects: int = field(default=5, metadata={"help": "HTTP redirects followed at most."})
    allow_private_addresses: bool = field(
        default_factory=lambda: _env("ALLOW_PRIVATE_ADDRESSES", "0").lower() in ("1", "true", "yes"),
        metadata={"help": "Allow fetching URLs that resolve to private, loopback or link-local addresses "
                          "($NEWSGRAPH_ALLOW_PRIVATE_ADDRESSES); off by default as a guard against SSRF."})
    user_agent: str = field(default="newsgraph/0.1 (+https://example.invalid/newsgraph)",
                            metadata={"help": "User-Agent header of HTTP fetches."})
    min_text_chars: int = field(default=40, metadata={"help": "Articles with less main text are rejected."})
    ner: bool = field(default=True, metadata={"help": "Run entity recognition."})
    events: bool = field(default=True, metadata={"help": "Run event extraction."})

    @classmethod
    def documented_fields(cls) -> dict[str, str]:
        return {f.name: f.metadata.get("help", "") for f in fields(cls)}

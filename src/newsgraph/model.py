"""The shared data model: every stage reads and returns these classes.

The classes mirror the `kind`s of the data contract (../shared/SCHEMA.md) so
that export is a mapping, not a translation. Offsets are always character
offsets into `Article.text`, so `article.text[m.start:m.end] == m.text` holds
for every Mention, Value, Argument (when it has offsets) and Evidence.

Plain dataclasses rather than pydantic models: stages build and mutate many
small objects per sentence and validation belongs at the edges (ingest,
export, API), not in the inner loops.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

ENTITY_TYPES = ("ORG", "PER", "LOC", "PRODUCT", "MISC")
"""Entity types of the export. ROLE mentions (job titles) are found by NER
but are not exported as entities: they fill the `role` argument of events."""

MENTION_TYPES = ENTITY_TYPES + ("ROLE",)

VALUE_KINDS = ("money", "count", "fraction", "duration", "period", "date", "place", "boolean")

MODALITIES = ("asserted", "planned", "expected", "speculative", "negated")

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "agreement": ("party", "value", "binding", "subject"),
    "partnership": ("party", "partner_kind", "region", "scope"),
    "acquisition": ("acquirer", "target", "seller", "value", "stake"),
    "merger": ("party",),
    "spin_off": ("parent", "spun_off"),
    "investment": ("investor", "recipient", "value", "purpose"),
    "market_entry": ("company", "market", "channel", "product"),
    "store_expansion": ("company", "count", "store_kind", "region", "partner", "horizon", "product"),
    "facility": ("company", "facility_kind", "location"),
    "financial_figure": ("company", "metric", "quantity", "value", "period", "record"),
    "leadership": ("person", "role", "organization", "change"),
    "meeting": ("participant", "host", "location", "purpose"),
    "product_launch": ("company", "product", "market"),
    "layoffs": ("company", "count", "location"),
    "insolvency": ("company",),
    "strike": ("company", "union", "location"),
}
"""Event types and their roles, exactly as in SCHEMA.md."""


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_id(prefix: str, *parts: str, length: int = 16) -> str:
    """Stable ids: the same inputs give the same id in every run and store."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:length]}"


@dataclass
class RawPage:
    """Bytes as they came from a source, before any interpretation."""

    source: str  # path or URL as the user gave it
    body: bytes
    content_type: str | None = None  # "text/html", "text/plain", ... (from HTTP or the file name)
    url: str | None = None  # final URL after redirects, for web sources
    fetched_at: str = field(default_factory=utc_now)
    encoding: str | None = None  # declared or detected charset, when known


@dataclass
class Rejection:
    """An input that could not become an article, and why. Never dropped silently."""

    source: str
    stage: str  # "ingest", "content", ...
    reason: str


@dataclass
class Sentence:
    start: int
    end: int
    language: str  # per-sentence language; may differ from the article's (quotes)


@dataclass
class Region:
    """A span of Article.text that is not main body (teaser, related links, author box).

    Later stages must not take facts from it even when the cleaner let it through.
    """

    start: int
    end: int
    kind: str  # "teaser" | "related" | "author" | "comments" | "navigation" | "other"


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str  # one of MENTION_TYPES
    source: str = "model"  # component that found it: "model", "ruler", "gazetteer", "consistency"
    score: float | None = None
    entity_id: str | None = None


@dataclass
class Value:
    start: int
    end: int
    text: str
    kind: str  # one of VALUE_KINDS
    value: Any  # JSON-able, shape per SCHEMA.md "Values"
    rule: str  # stable dotted rule name, e.g. "money.de.scale_currency"


@dataclass
class TimeSpan:
    text: str
    start: str | None  # ISO date (YYYY-MM-DD) of the first day, when resolvable
    end: str | None  # ISO date of the last day
    value: Any = None  # the normalised Value.value it came from


@dataclass
class Argument:
    role: str
    text: str
    start: int | None = None
    end: int | None = None
    entity_id: str | None = None
    value: Any = None


@dataclass
class Evidence:
    article_id: str
    start: int
    end: int
    sentence: str


@dataclass
class Event:
    id: str
    type: str  # one of EVENT_TYPES
    modality: str  # one of MODALITIES
    arguments: list[Argument] = field(default_factory=list)
    time: TimeSpan | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    story_id: str | None = None
    plan: dict | None = None
    conflicts: list[dict] = field(default_factory=list)
    trigger: str | None = None  # the word that evoked the event (not in SCHEMA v1; exported as an extra field)
    rule: str | None = None  # which extractor or rule produced it

    def args(self, role: str) -> list[Argument]:
        return [a for a in self.arguments if a.role == role]


@dataclass
class MentionRef:
    article_id: str
    start: int
    end: int
    text: str


@dataclass
class Entity:
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    mentions: list[MentionRef] = field(default_factory=list)


@dataclass
class Story:
    id: str
    title: str
    article_ids: list[str] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)


@dataclass
class Article:
    id: str
    source: str
    text: str
    title: str | None = None
    language: str | None = None
    language_confidence: float | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    sha256: str = ""
    ingested_at: str = field(default_factory=utc_now)
    # annotations, filled by later stages
    sentences: list[Sentence] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    values: list[Value] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = sha256_text(self.text)

    @staticmethod
    def id_for(text: str) -> str:
        """Article ids derive from the text, so the same content is stored once."""
        return "a_" + sha256_text(text)[:20]

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def in_region(self, start: int, end: int) -> Region | None:
        """The non-body region overlapping [start, end), if any."""
        for r in self.regions:
            if r.start < end and start < r.end:
                return r
        return None


def to_plain(obj: Any) -> Any:
    """Dataclass tree → JSON-able dicts and lists."""
    return asdict(obj)

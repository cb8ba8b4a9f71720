"""resolve: which mentions name the same real-world thing.

First wave: within one article, with ids stable across articles
(`resolve_article`). Stories, conflicts and plans come later.
"""

from __future__ import annotations

from newsgraph.resolve.entities import entity_id, link_arguments, resolve_article

__all__ = ["entity_id", "link_arguments", "resolve_article"]

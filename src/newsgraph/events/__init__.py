"""events: sentences + mentions + values → typed Events with roles, modality, time, evidence.

`extract_events` is the pipeline stage; docs/events.md describes the types,
triggers, argument rules, modality cues and their limits.
"""

from __future__ import annotations

from newsgraph.events.extract import extract_events

__all__ = ["extract_events"]

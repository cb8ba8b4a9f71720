"""The JSON Schema (draft 2020-12) of the export, shipped with the package.

`export.schema.json` mirrors ../shared/SCHEMA.md; tests validate every
exported object against it, and users can validate their own exports with
`newsgraph.schema.validate_record` (needs the `jsonschema` package).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def export_schema() -> dict[str, Any]:
    return json.loads(resources.files("newsgraph.schema").joinpath("export.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = export_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def record_errors(record: dict[str, Any]) -> list[str]:
    """Every way `record` breaks the schema, as readable "path: message" lines (empty when valid)."""
    errors = sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors]


def validate_record(record: dict[str, Any]) -> None:
    """Raise ValueError naming the record and its first problems when it breaks the schema."""
    errors = record_errors(record)
    if errors:
        raise ValueError(f"{record.get('kind')} {record.get('id', '')}: " + "; ".join(errors[:5]))

"""JSON Schemas generated from the models, kept beside the data files for editors."""

from __future__ import annotations

import json
from pathlib import Path

from .rubric import Rubric
from .scenario import Scenario

SCHEMAS: dict[str, type] = {"scenario.schema.json": Scenario, "rubric.schema.json": Rubric}


def render(model: type) -> str:
    """The JSON Schema of a model, as the text kept in the repository."""
    schema = model.model_json_schema()  # type: ignore[attr-defined]
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    """Write every schema file into ``directory``; return the paths written."""
    written = []
    for name, model in SCHEMAS.items():
        target = directory / name
        target.write_text(render(model), encoding="utf-8")
        written.append(target)
    return written

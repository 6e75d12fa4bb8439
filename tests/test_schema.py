"""The JSON Schemas kept in scenarios/ are generated from the models and up to date."""

from __future__ import annotations

import json

from conftest import SCENARIOS

from trustlib.schema import SCHEMAS, render


def test_schema_files_are_up_to_date():
    for name, model in SCHEMAS.items():
        kept = (SCENARIOS / name).read_text(encoding="utf-8")
        assert kept == render(model), f"{name} is stale: run `trustlib schema`"


def test_schema_validates_the_bundled_scenarios():
    import jsonschema
    from ruamel.yaml import YAML

    schema = json.loads((SCENARIOS / "scenario.schema.json").read_text())
    for path in SCENARIOS.glob("*.yaml"):
        if path.name == "rubric.yaml":
            continue
        jsonschema.validate(YAML(typ="safe").load(path.read_text()), schema)


def test_schema_rejects_an_unknown_exercise_kind():
    import jsonschema

    schema = json.loads((SCENARIOS / "scenario.schema.json").read_text())
    exercise = {"id": "x", "kind": "haiku", "title": "t", "prompt": "p", "principles": ["open-and-honest"],
                "model_answer": "m"}
    validator = jsonschema.Draft202012Validator(schema)
    doc = {"format": 1, "id": "s", "title": "t", "summary": "s", "agency": "a",
           "community": {"description": "d"}, "exercises": [exercise]}
    assert list(validator.iter_errors(doc))

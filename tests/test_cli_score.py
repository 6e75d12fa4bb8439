"""`trustlib score` and `trustlib demo`: the CLI gives what the library gives."""

from __future__ import annotations

import json
from pathlib import Path

import trustlib
from trustlib.cli import main

SCENARIO = Path(__file__).parent / "data" / "instructor-scenario.yaml"
TEXT = ("At about 9:40 p.m. Tuesday an officer shot Darnell Price on Alder Street. We do not yet know what he "
        "was holding. The State Bureau of Investigation is investigating independently.")


def test_score_text_json_equals_library(tmp_path, capsys):
    draft = tmp_path / "draft.txt"
    draft.write_text(TEXT, encoding="utf-8")
    assert main(["score", str(SCENARIO), "--exercise", "public-statement", "--text-file", str(draft), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    expected = trustlib.score_response(trustlib.load_scenario(SCENARIO), "public-statement", TEXT).to_dict()
    assert printed == json.loads(json.dumps(expected))


def test_score_steps_plain_text(capsys):
    assert main(["score", str(SCENARIO), "--exercise", "first-hours", "--steps", "name-man,release-record"]) == 0
    out = capsys.readouterr().out
    assert "harmful chosen" in out and "missing critical" in out and "order" not in out.split("/100")[0]


def test_score_errors_name_what_is_valid(capsys):
    assert main(["score", str(SCENARIO), "--exercise", "nope", "--steps", "a"]) == 1
    assert "valid: public-statement, first-hours" in capsys.readouterr().err
    assert main(["score", str(SCENARIO), "--exercise", "first-hours", "--steps", "name-man,fly"]) == 1
    assert "'fly'" in capsys.readouterr().err
    assert main(["score", str(SCENARIO), "--exercise", "public-statement", "--text-file", "/no/such/file"]) == 2


def test_demo_scores_a_weak_and_a_model_statement(capsys):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    weak, model = out.split("=== The model answer ===")
    weak_score = int(weak.split("public-statement: ")[1].split("/100")[0])
    model_score = int(model.split("public-statement: ")[1].split("/100")[0])
    assert weak_score < 30 < 80 < model_score

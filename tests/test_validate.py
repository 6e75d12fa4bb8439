"""`trustlib validate` and `load_scenario`: every problem, located, at once."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from conftest import SCENARIOS

from trustlib import ScenarioError, load_scenario
from trustlib.cli import main
from trustlib.scenarios import bundled_ids, parse_scenario

GOOD = textwrap.dedent("""\
    format: 1
    id: tiny
    title: Tiny
    summary: A small valid scenario.
    agency: Test Police Department
    community:
      description: A town.
    incident:
      type: fatal shooting
      when: Monday at 9 p.m.
      where: Elm Street
      summary: An officer shot a man.
      known_facts:
        - text: An officer shot a man on Elm Street.
      unknowns:
        - id: u-why
          text: why the officer fired
      wrongdoing: not-established
      person_harmed:
        description: a 30-year-old man
        outcome: died
        family_notified: false
      officers:
        - role: patrol officer
          status: on administrative leave
      investigation: the State Bureau of Investigation
    exercises:
      - id: public-statement
        kind: public-statement
        title: Statement
        prompt: Write the first statement.
        principles: [open-and-honest, inform-of-facts]
        model_answer: An officer shot a man on Elm Street at 9 p.m.
      - id: steps
        kind: choose-steps
        title: Steps
        prompt: Choose.
        principles: [inform-of-facts]
        options:
          - id: notify
            text: Notify the family
            why: First.
            critical: true
          - id: name
            text: Name the man
            why: Only after the family knows.
        order:
          - before: notify
            after: name
            why: Family first.
        model_answer: [notify, name]
""")


def test_bundled_scenarios_are_valid(capsys):
    assert main(["validate", str(SCENARIOS)]) == 0
    assert "valid" in capsys.readouterr().out


def test_at_least_four_bundled_scenarios_of_different_kinds():
    ids = bundled_ids()
    assert len(ids) >= 4
    scenarios = [load_scenario(i) for i in ids]
    assert any(s.incident is None for s in scenarios), "a pre-incident scenario"
    wrongs = {s.incident.wrongdoing.value for s in scenarios if s.incident}
    assert {"established", "not-established"} <= wrongs
    for s in scenarios:
        if s.incident:
            assert s.exercise("public-statement").kind == "public-statement"


def test_small_valid_file_loads(write):
    scenario = parse_scenario(write("tiny.yaml", GOOD))
    assert scenario.exercise("steps").options[0].critical


def line(text: str, needle: str) -> int:
    """1-based line of the first occurrence of ``needle`` in ``text``."""
    return text[: text.index(needle)].count("\n") + 1


def _problems(path) -> list[str]:
    with pytest.raises(ScenarioError) as info:
        parse_scenario(path)
    return [str(p) for p in info.value.problems]


def test_yaml_syntax_error_has_its_line(write):
    path = write("broken.yaml", GOOD.replace("title: Tiny", "title: [Tiny"))
    (problem,) = _problems(path)
    assert problem.startswith(f"{path}:")
    assert "YAML syntax error" in problem
    line = int(problem.split(":")[1])
    assert 3 <= line <= 6


def test_wrong_type_names_field_and_line(write):
    path = write("t.yaml", GOOD.replace("family_notified: false", "family_notified: perhaps"))
    (problem,) = _problems(path)
    assert f"{path}:{line(GOOD, 'family_notified')}: incident.person_harmed.family_notified:" in problem
    assert "bool" in problem


def test_missing_field_is_named(write):
    path = write("t.yaml", GOOD.replace("agency: Test Police Department\n", ""))
    (problem,) = _problems(path)
    assert "agency: required field is missing" in problem


def test_unknown_principle_id_is_located(write):
    path = write("t.yaml", GOOD.replace("principles: [open-and-honest, inform-of-facts]",
                                        "principles: [open-and-honest, be-nice]"))
    (problem,) = _problems(path)
    assert "exercises.0.principles.1" in problem and "'be-nice'" in problem
    assert f"{path}:{line(GOOD, 'principles: [open-and-honest, inform')}:" in problem


def test_duplicate_exercise_ids(write):
    path = write("t.yaml", GOOD.replace("  - id: steps\n", "  - id: public-statement\n"))
    problems = _problems(path)
    assert any("duplicate exercise id 'public-statement'" in p for p in problems)


def test_order_constraint_naming_unknown_option(write):
    path = write("t.yaml", GOOD.replace("after: name", "after: nmae"))
    (problem,) = _problems(path)
    assert "exercises.1.order.0.after" in problem and "'nmae'" in problem and "notify, name" in problem
    assert f"{path}:{line(GOOD, 'after: name')}:" in problem


def test_unknown_field_is_a_typo(write):
    path = write("t.yaml", GOOD.replace("title: Tiny", "titel: Tiny"))
    problems = _problems(path)
    assert any("titel: unknown field" in p for p in problems)
    assert any("title: required field is missing" in p for p in problems)


def test_incident_needs_public_statement(write):
    path = write("t.yaml", GOOD.replace("id: public-statement", "id: statement"))
    assert any("needs an exercise with id 'public-statement'" in p for p in _problems(path))


def test_unreadable_time_is_located_and_explained(write):
    # "at" decides which injects an exercise sees: one the timeline cannot read would count as the incident's moment.
    text = GOOD.replace("    principles: [open-and-honest, inform-of-facts]\n",
                        "    principles: [open-and-honest, inform-of-facts]\n    at: the next morning\n", 1)
    path = write("t.yaml", text)
    (problem,) = _problems(path)
    assert f"{path}:{line(text, 'at: the next morning')}: exercises.0.at:" in problem
    assert "'the next morning'" in problem and "'T+1h'" in problem


def test_readable_times_pass(write):
    text = GOOD.replace("    principles: [open-and-honest, inform-of-facts]\n",
                        "    principles: [open-and-honest, inform-of-facts]\n    at: 10 days\n", 1)
    assert parse_scenario(write("t.yaml", text)).exercise("public-statement").at == "10 days"


def test_unsupported_format_version(write):
    path = write("t.yaml", GOOD.replace("format: 1", "format: 7"))
    assert any("unsupported format 7" in p for p in _problems(path))


def test_every_error_in_a_file_is_reported_at_once(write):
    text = (GOOD.replace("family_notified: false", "family_notified: perhaps")
                .replace("principles: [open-and-honest, inform-of-facts]", "principles: [be-nice]")
                .replace("after: name", "after: nobody")
                .replace("title: Tiny", "titel: Tiny"))
    problems = _problems(write("t.yaml", text))
    assert len(problems) >= 5
    lines = [int(p.split(":")[1]) for p in problems]
    assert lines == sorted(lines)


def test_cli_exit_codes_and_output(write, capsys):
    bad = write("bad.yaml", GOOD.replace("principles: [open-and-honest, inform-of-facts]", "principles: [x-y]"))
    good = write("good.yaml", GOOD)
    assert main(["validate", str(good)]) == 0
    assert main(["validate", str(bad), str(good)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:{line(GOOD, 'principles: [open-and-honest, inform')}: exercises.0.principles.0: unknown principle id 'x-y'" in out
    assert main(["validate", str(bad.parent / "missing.yaml")]) == 2
    assert main(["validate", "--no-such-flag"]) == 2


def test_console_script_runs_as_a_process():
    proc = subprocess.run([sys.executable, "-m", "trustlib.cli", "validate", str(SCENARIOS)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_load_scenario_by_bundled_id_and_unknown_id():
    first = bundled_ids()[0]
    assert load_scenario(first).id == first
    with pytest.raises(ScenarioError, match="bundled:"):
        load_scenario("no-such-scenario")


def test_non_utf8_file_is_a_clear_error(tmp_path):
    path = tmp_path / "latin.yaml"
    path.write_bytes(GOOD.replace("Tiny", "Tin\xe9").encode("latin-1"))
    (problem,) = _problems(path)
    assert "not UTF-8" in problem

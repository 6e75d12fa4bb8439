"""Papermill: the instructor notebook and a module notebook give the same scores as ``trustlib grade``."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import papermill

from trustlib.cli import main
from trustlib.grading.gradebook import Gradebook
from trustlib.grading.submissions import read_notebook
from trustlib.grading.synthetic import write_cohort

ROOT = Path(__file__).resolve().parent.parent
INSTRUCTOR = ROOT / "notebooks" / "instructor"
SCENARIO = "harlow-creek-shooting"


def results(path: Path) -> dict[tuple[str, str], dict]:
    """(learner, exercise key) -> the current report, as data."""
    with Gradebook(path) as book:
        return {(s.learner, s.key): s.report.to_dict() for s in book.submissions(current_only=True)}


def test_instructor_notebook_gives_the_cli_scores(tmp_path: Path) -> None:
    sample = write_cohort(tmp_path / "subs", learners=4, attempts=1, bad_items=True, seed=21,
                          exercises=[f"{SCENARIO}/public-statement", f"{SCENARIO}/first-hours",
                                     f"{SCENARIO}/partner-message"])
    assert main(["grade", str(sample.directory), "--gradebook", str(tmp_path / "cli.sqlite"), "--quiet"]) == 0
    out = tmp_path / "graded.ipynb"
    papermill.execute_notebook(
        str(INSTRUCTOR / "grade-cohort.ipynb"), str(out), cwd=str(INSTRUCTOR), progress_bar=False,
        parameters={"submissions": str(sample.directory), "gradebook": str(tmp_path / "nb.sqlite"),
                    "reports": str(tmp_path / "reports")})
    cli, nb = results(tmp_path / "cli.sqlite"), results(tmp_path / "nb.sqlite")
    assert nb == cli and len(nb) == len(sample.answers) + 1  # + the path-traversal learner
    executed = nbformat.read(out, as_version=4)
    text = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
    assert "skipped:    4" in text and "corrupt-file" in text
    html = "".join(o.get("data", {}).get("text/html", "") for c in executed.cells for o in c.get("outputs", []))
    assert "officer-1" in html and "<script>" not in html
    assert (tmp_path / "reports" / "index.html").is_file()


def test_module_notebook_under_papermill_gives_the_cli_scores(tmp_path: Path) -> None:
    """A learner's responses file graded by the public-statement module under papermill (the scores it
    records), by the CLI from the responses file, and by the CLI from the executed notebook: all equal."""
    answers = {
        f"{SCENARIO}/public-statement": (
            "At about 9:40 tonight a Harlow Creek police officer shot and killed Darnell Hayes in the alley "
            "behind 9th Avenue. Officers did not find a gun. The suspect had a criminal record. We do not yet "
            "know what was in his hand. The State Bureau of Investigation is investigating, and the officer is "
            "on administrative leave. We will release the body camera video within 72 hours."),
        "eastgate-restraint-video/public-statement": "An officer struck a man. No further comment at this time.",
    }
    responses = tmp_path / "officer-42.json"
    responses.write_text(json.dumps({"format": 1, "learner": "officer-42", "answers": {
        key: {"answer": text, "updated": "2026-11-20T10:00:00+00:00", "attempts": []}
        for key, text in answers.items()}}))
    executed = tmp_path / "executed" / "officer-42.ipynb"
    executed.parent.mkdir()
    papermill.execute_notebook(str(ROOT / "notebooks" / "04-public-statement.ipynb"), str(executed),
                               cwd=str(ROOT / "notebooks"), progress_bar=False,
                               parameters={"learner": "officer-42", "responses": str(responses)})
    read = read_notebook(executed)
    assert read.skipped == []
    assert {(s.learner, f"{s.scenario}/{s.exercise}") for s in read.submissions} == \
        {("officer-42", key) for key in answers}
    records = {}
    nb = nbformat.read(executed, as_version=4)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            record = output.get("data", {}).get("application/vnd.trustlib.record+json")
            if record:
                records[f"{record['scenario']}/{record['exercise']}"] = record["report"]

    assert main(["grade", str(responses), "--gradebook", str(tmp_path / "file.sqlite"), "--quiet"]) == 0
    assert main(["grade", str(executed), "--gradebook", str(tmp_path / "nb.sqlite"), "--quiet"]) == 0
    from_file, from_nb = results(tmp_path / "file.sqlite"), results(tmp_path / "nb.sqlite")
    assert set(records) == set(answers)
    for key in answers:
        assert from_file[("officer-42", key)] == records[key] == from_nb[("officer-42", key)]

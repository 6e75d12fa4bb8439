"""Each module runs headlessly under papermill on a learner's answers, and records exactly the real scores.

One kernel per notebook (papermill's Python API); outputs go to a temp dir. The
recorded report of every exercise must equal ``score_response`` on the same answer,
and grading must never write to the learner's responses file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import papermill
import pytest

import trustlib
from trustlib.exercise import RECORD_MIME, read_records
from trustlib.responses import ResponsesStore

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
LEARNER = "officer-17"

# Sample answers, deliberately mixed: some strong sentences, some of the mistakes the modules teach.
SAMPLES: dict[str, dict[str, object]] = {
    "01-start-here": {},
    "02-trust-before": {
        "engagement-plan": (
            "Every Tuesday and Thursday I will walk Riverside Avenue on foot with the beat officers and "
            "stop at the shops to talk with owners and residents. I will ask to meet the imam of Masjid "
            "Al-Nur and the leaders of the Hmong Family Association, and I will attend the Riverside Rams "
            "games on Saturdays out of uniform. We will publish our stop data every quarter."),
        "first-month": ["foot-patrol", "saturation-sweep", "imam-visit", "pta-meeting", "publish-report"],
        "reflection": ("I have never met the leaders of Casa Esperanza. This month I will visit them and ask "
                       "how they want to work with us, and report back at the tenants' association."),
    },
    "03-first-hours": {
        "first-hours": ["secure-evidence", "first-statement", "notify-family", "release-record", "brief-officers"],
        "dunmore-custody-death/first-hours": ["secure-evidence", "family-liaison", "medical-incident",
                                              "plain-statement"],
    },
    "04-public-statement": {
        "public-statement": (
            "Last night an officer shot Darnell Hayes in the alley behind 9th Avenue. Mr. Hayes had a "
            "lengthy criminal record. The officer followed his training. The State Bureau of Investigation "
            "is investigating, and we will release the body-camera video within 72 hours."),
        "eastgate-restraint-video/public-statement": (
            "On Thursday night an Eastgate officer punched Jerome Watkins twice while he sat handcuffed. "
            "That was wrong, and I apologise to Mr. Watkins and his family. The officer has been suspended."),
    },
    "05-community-partners": {
        "partner-message": (
            "Reverend Greene, Mr. Ortega, Ms. Whitfield: I want you to hear this from me before our "
            "statement. Tonight one of our officers shot and killed Darnell Hayes in the alley behind 9th "
            "Avenue. We do not yet know what he was holding. Can we meet tomorrow at Greater Hope Baptist "
            "Church? Call me at 555-0100."),
        "dunmore-custody-death/partner-message": "Please help us calm people down. She was on drugs.",
    },
    "06-own-officers": {
        "officer-message": (
            "To every member of the department: tonight one of our officers shot and killed a man in the "
            "alley behind 9th Avenue. Our officer is unhurt, is with a peer-support officer and is on paid "
            "administrative leave, which is standard. You hear this before the media. The department "
            "psychologist is available around the clock."),
        "eastgate-restraint-video/officer-message": "We stand behind our officers. No comment to the press.",
        "eastgate-restraint-video/reflection": (
            "We must hold the officer accountable while protecting his rights to due process, and meet the "
            "Haitian Community Alliance every month."),
    },
    "07-capstone": {
        "first-hours": ["secure-evidence", "officers-leave-support", "say-knife", "first-statement"],
        "public-statement": (
            "At 7:52 this morning a Millbrook police officer shot a man at Bay 4 of the Millbrook Transit "
            "Center. He died within the hour. We do not yet know what he was holding. The state "
            "investigators are leading the investigation. Our next update is at noon."),
        "update-24h": "The suspect was an emotionally disturbed person. The officer acted within policy.",
        "partner-message": "We will share the videos with you before they are released on Saturday.",
        "officer-message": "You will hear about the video from me before the media. Counselling is available.",
        "one-week-statement": (
            "The Force Review Board found that the officer's decision to fire violated our policy. That was "
            "wrong, and I apologise to his family. We will train every officer in crisis response."),
        "reflection": "Next time I will call the Millbrook African Community Council in the first hour.",
    },
}


def _shown_exercises(path: Path) -> list[tuple[str, str]]:
    nb = nbformat.read(str(path), as_version=4)
    calls = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            calls += re.findall(r'session\.show\("([^"]+)", "([^"]+)"\)', cell.source)
    return calls


def _main_scenario(path: Path) -> str | None:
    nb = nbformat.read(str(path), as_version=4)
    for cell in nb.cells:
        m = re.search(r'Session\(learner, responses, answers, scenario="([^"]+)"\)', cell.source)
        if m:
            return m.group(1)
    return None


def _expected(name: str) -> dict[tuple[str, str], object]:
    path = NOTEBOOKS / f"{name}.ipynb"
    main = _main_scenario(path)
    out: dict[tuple[str, str], object] = {}
    for key, answer in SAMPLES[name].items():
        scenario, _, exercise = key.rpartition("/")
        out[(scenario or main, exercise)] = answer
    shown = set(_shown_exercises(path))
    assert set(out) <= shown, f"sample answers for exercises the module does not show: {set(out) - shown}"
    return out


def _run(name: str, out_dir: Path, **parameters: object) -> Path:
    output = out_dir / f"{name}.out.ipynb"
    papermill.execute_notebook(str(NOTEBOOKS / f"{name}.ipynb"), str(output), parameters=parameters,
                               kernel_name="python3", cwd=str(out_dir), progress_bar=False,
                               execution_timeout=600)
    return output


def test_every_module_has_samples() -> None:
    assert sorted(SAMPLES) == sorted(p.stem for p in NOTEBOOKS.glob("0*.ipynb"))


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_module_records_the_real_scores(name: str, home: Path, tmp_path: Path) -> None:
    expected = _expected(name)
    answers = json.dumps(SAMPLES[name])  # as `papermill -p answers '<json>'` passes it
    output = _run(name, tmp_path, learner=LEARNER, answers=answers)
    records = read_records(output)
    assert sorted((r["scenario"], r["exercise"]) for r in records) == sorted(expected)
    for record in records:
        answer = expected[(record["scenario"], record["exercise"])]
        assert set(record) == {"learner", "scenario", "exercise", "answer", "report"}
        assert record["learner"] == LEARNER
        assert record["answer"] == answer
        truth = trustlib.score_response(record["scenario"], record["exercise"], answer).to_dict()
        assert record["report"] == json.loads(json.dumps(truth)), f"{record['scenario']}/{record['exercise']}"
    # the executed notebook shows that learner's feedback, escaped HTML next to the data
    nb = nbformat.read(str(output), as_version=4)
    html = [o["data"]["text/html"] for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
            if "data" in o and RECORD_MIME in o["data"]]
    assert len(html) == len(records) and all("trustlib-report" in h for h in html)
    assert any(LEARNER in str(o.get("data", {}).get("text/html", "")) for c in nb.cells
               if c.cell_type == "code" for o in c.get("outputs", []))
    assert not (home / "responses").exists(), "grading must not write responses files"


def test_module_grades_a_saved_responses_file(home: Path, tmp_path: Path) -> None:
    saved = tmp_path / "officer-23.json"
    store = ResponsesStore("officer-23", path=saved)
    statement = SAMPLES["04-public-statement"]["public-statement"]
    store.add_attempt("harlow-creek-shooting/public-statement", "An early try.", 5.0)
    store.save_draft("harlow-creek-shooting/public-statement", statement)  # the latest text is graded
    before = saved.read_bytes()
    output = _run("04-public-statement", tmp_path, responses=str(saved))
    records = read_records(output)
    assert [(r["learner"], r["exercise"], r["answer"]) for r in records] == \
        [("officer-23", "public-statement", statement)]
    truth = trustlib.score_response("harlow-creek-shooting", "public-statement", statement).to_dict()
    assert records[0]["report"] == json.loads(json.dumps(truth))
    assert saved.read_bytes() == before


def test_default_parameters_record_nothing(home: Path, tmp_path: Path) -> None:
    output = _run("04-public-statement", tmp_path)
    assert read_records(output) == []
    assert not (home / "responses").exists()

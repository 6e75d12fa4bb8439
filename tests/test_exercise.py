"""The pure-Python exercise core: submit, drafts, model answer, records, and the module session."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from IPython.core.interactiveshell import InteractiveShell

import trustlib
from trustlib.exercise import (RECORD_MIME, Exercise, Session, current_learner, feedback_html, parse_answers,
                               read_records, set_current_learner)
from trustlib.responses import ResponsesStore, responses_path

SCENARIO = "harlow-creek-shooting"
BLAMING = ("Last night an officer shot Darnell Hayes in an alley off Alder Street. "
           "Mr. Hayes had a lengthy criminal record and prior arrests for drugs. "
           "The State Bureau of Investigation is investigating.")
STEPS = ["secure-evidence", "release-record", "first-statement"]


@pytest.fixture(scope="module")
def scenario():
    return trustlib.load_scenario(SCENARIO)


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """What IPython.display.display would send to the front end, as raw bundles."""
    shown: list[dict] = []
    shell = InteractiveShell.instance()

    def publish(data, metadata=None, **kwargs):
        shown.append(data)

    monkeypatch.setattr(shell.display_pub, "publish", publish)
    return shown


def test_submit_scores_like_score_response_and_saves_the_attempt(home: Path, scenario) -> None:
    ex = Exercise(scenario, "public-statement", learner="officer-17")
    report = ex.submit(BLAMING)
    expected = trustlib.score_response(scenario, "public-statement", BLAMING)
    assert report.to_dict() == expected.to_dict()
    assert report.principles["no-victim-demonizing"].level == "violated"
    data = json.loads(responses_path("officer-17").read_text())
    entry = data["answers"]["harlow-creek-shooting/public-statement"]
    assert entry["answer"] == BLAMING
    assert entry["attempts"][-1]["overall"] == report.overall
    assert ex.reports == [report] and ex.last_report is report


def test_drafts_persist_across_objects(home: Path, scenario) -> None:
    ex = Exercise(scenario, "public-statement", learner="officer-17")
    assert ex.draft is None
    assert ex.save_draft("Half a sentence")
    assert Exercise(SCENARIO, "public-statement", learner="officer-17").draft == "Half a sentence"


def test_model_answer_only_after_an_attempt(home: Path, scenario) -> None:
    ex = Exercise(scenario, "public-statement", learner="a")
    assert ex.model_answer is None and ex.model_answer_html() is None
    ex.save_draft("a draft is not an attempt")
    assert ex.model_answer is None
    ex.submit("An officer shot a man.")
    assert ex.model_answer == scenario.exercise("public-statement").model_answer
    # a later session (kernel restart) still knows the learner has tried
    assert Exercise(scenario, "public-statement", learner="a").model_answer is not None


def test_steps_exercise(home: Path, scenario) -> None:
    ex = Exercise(scenario, "first-hours", learner="a")
    assert ex.is_steps
    report = ex.submit(STEPS)
    assert report.steps["harmful_chosen"] and report.steps["missing_critical"]
    assert report.principles["no-victim-demonizing"].level == "violated"
    assert ex.submit(",".join(STEPS)).to_dict() == report.to_dict()  # comma text is the same answer
    assert ex.draft == STEPS
    html = ex.model_answer_html()
    assert "<ol>" in html and "Steps that would do harm" in html
    with pytest.raises(trustlib.ExerciseError):
        ex.submit(["no-such-step"])
    with pytest.raises(trustlib.ExerciseError):
        Exercise(scenario, "public-statement", learner="a").submit(["a", "b"])


def test_previous_attempt_is_kept_for_comparison(home: Path, scenario) -> None:
    ex = Exercise(scenario, "public-statement", learner="a")
    first = ex.submit(BLAMING)
    second = ex.submit(scenario.exercise("public-statement").model_answer)
    assert ex.previous_report() is first and ex.last_report is second
    again = Exercise(scenario, "public-statement", learner="a")  # after a restart: re-scored from the file
    assert again.previous_report().to_dict() == first.to_dict()
    assert again.last_report.to_dict() == second.to_dict()
    assert [a["overall"] for a in again.attempts] == [first.overall, second.overall]


def test_record_displays_data_and_escaped_html(home: Path, scenario, captured: list[dict]) -> None:
    ex = Exercise(scenario, "public-statement", learner="officer-17")
    nasty = BLAMING + " <script>alert('x')</script> <b>bold</b>"
    report = ex.submit(nasty)
    bundle = ex.record(report)
    assert set(bundle) == {"learner", "scenario", "exercise", "answer", "report"}
    assert bundle == {"learner": "officer-17", "scenario": SCENARIO, "exercise": "public-statement",
                      "answer": nasty, "report": report.to_dict()}
    shown = captured[-1]
    assert shown[RECORD_MIME] == bundle
    json.dumps(shown[RECORD_MIME])  # JSON-ready
    assert "<script>" not in shown["text/html"] and "&lt;script&gt;" in shown["text/html"]
    assert "<b>bold</b>" not in shown["text/html"]
    assert 'data-principle="no-victim-demonizing" data-level="violated"' in shown["text/html"]
    assert "text/plain" in shown


def test_feedback_links_each_principle_to_its_text(scenario) -> None:
    report = trustlib.score_response(scenario, "public-statement", BLAMING)
    html = feedback_html(report)
    assert html.count("trustlib-principle-link") == len(report.applicable())
    assert "https://www.vera.org/" in html
    for pid in report.applicable():
        assert f'data-principle-text="{pid}"' in html
    assert '<mark class="trustlib-flag"' in html


def test_read_records_from_a_saved_notebook(tmp_path: Path, scenario) -> None:
    ex = Exercise(scenario, "public-statement", store=ResponsesStore("x", path=tmp_path / "x.json"))
    report = ex.score(BLAMING)
    bundle = ex.record_bundle(report)
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("session.show(...)")
    cell.outputs = [nbformat.v4.new_output("display_data", data={RECORD_MIME: bundle, "text/html": "<p>x</p>"}),
                    nbformat.v4.new_output("stream", text="noise")]
    nb.cells = [nbformat.v4.new_markdown_cell("# hi"), cell]
    path = tmp_path / "done.ipynb"
    nbformat.write(nb, str(path))
    records = read_records(path)
    assert records == [json.loads(json.dumps(bundle))]
    assert trustlib.report.Report.from_dict(records[0]["report"]).overall == report.overall


def test_learner_chosen_in_start_here_is_used_by_the_modules(home: Path, monkeypatch) -> None:
    assert current_learner() == "demo"
    assert set_current_learner("Sgt. Ana Díaz") != "Sgt. Ana Díaz"
    assert Session().learner == current_learner() != "demo"
    assert Session(learner="officer-9").learner == "officer-9"
    monkeypatch.setenv("TRUSTLIB_LEARNER", "from-env")
    assert Session().learner == "from-env"


def test_interactive_session_writes_the_learners_file(home: Path, captured) -> None:
    session = Session(learner="officer-3")
    assert not session.headless
    ex = session.exercise(SCENARIO, "public-statement")
    assert session.exercise(SCENARIO, "public-statement") is ex
    assert session.grade(SCENARIO, "public-statement") is None  # nothing given: nothing graded
    ex.submit(BLAMING)
    assert responses_path("officer-3").exists()
    assert "officer-3" in session.status_html()


def test_headless_session_grades_inline_answers_without_writing(home: Path, captured) -> None:
    answers = {"public-statement": BLAMING, f"{SCENARIO}/first-hours": STEPS}
    session = Session(learner="officer-5", answers=json.dumps(answers))  # as papermill -p passes it
    assert session.headless
    report = session.grade(SCENARIO, "public-statement")
    steps = session.grade(SCENARIO, "first-hours")
    assert session.grade(SCENARIO, "officer-message") is None
    assert report.to_dict() == trustlib.score_response(SCENARIO, "public-statement", BLAMING).to_dict()
    assert steps.to_dict() == trustlib.score_response(SCENARIO, "first-hours", STEPS).to_dict()
    records = [b[RECORD_MIME] for b in captured if RECORD_MIME in b]
    assert [r["exercise"] for r in records] == ["public-statement", "first-hours"]
    assert all(r["learner"] == "officer-5" for r in records)
    assert not responses_path("officer-5").exists()


def test_headless_session_grades_a_responses_file(home: Path, tmp_path: Path, captured) -> None:
    path = tmp_path / "saved.json"
    store = ResponsesStore("officer-8", path=path)
    store.add_attempt(f"{SCENARIO}/public-statement", "An early try.", 10.0)
    store.save_draft(f"{SCENARIO}/public-statement", BLAMING)  # the latest text is what is graded
    before = path.read_bytes()
    session = Session(responses=str(path))
    assert session.learner == "officer-8"
    report = session.grade(SCENARIO, "public-statement")
    assert report.answer == BLAMING
    assert path.read_bytes() == before


def test_parse_answers() -> None:
    assert parse_answers(None) is None and parse_answers("") is None
    assert parse_answers('{"a": "b"}') == {"a": "b"}
    with pytest.raises(ValueError):
        parse_answers("not json")
    with pytest.raises(ValueError):
        parse_answers("[1]")


# ---- the briefing ----------------------------------------------------------------------------------

def test_every_bundled_scenario_has_a_briefing() -> None:
    from trustlib.briefing import brief_html
    from trustlib.scenarios import bundled_ids

    for sid in bundled_ids():
        sc = trustlib.load_scenario(sid)
        html = brief_html(sc)
        assert sc.title.split(":")[0] in html
        if sc.incident is not None:
            assert "What is not yet known" in html and "trustlib-facts" in html
        else:
            assert "Customs to respect" in html or "The community" in html
        for ex in sc.exercises:
            if ex.at:
                brief_html(sc, ex.at)


def test_injects_change_the_briefing() -> None:
    from trustlib.briefing import brief_html, inject_html

    sc = trustlib.load_scenario("millbrook-capstone")
    assert inject_html(sc, "T+1h") == ""
    later = [i for i in sc.injects]
    assert later, "the capstone has injects"
    for inject in later:
        news = inject_html(sc, inject.at)
        assert "trustlib-inject" in news and inject.title.split(":")[0] in news
    first, last = brief_html(sc, "T+1h"), brief_html(sc, later[-1].at)
    assert first != last


def test_briefing_escapes_scenario_text() -> None:
    from trustlib.briefing import brief_html

    sc = trustlib.load_scenario(SCENARIO).model_copy(deep=True)
    sc.summary = "<script>alert(1)</script>"
    assert "<script>" not in brief_html(sc) and "&lt;script&gt;" in brief_html(sc)

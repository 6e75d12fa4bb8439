"""Reading submissions: the three forms, and bad input of every kind (never an exception)."""

from __future__ import annotations

import json
import string
from datetime import datetime, timezone
from pathlib import Path

import nbformat
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustlib.grading.catalog import ScenarioCatalog
from trustlib.grading.ids import learner_id, path_inside
from trustlib.grading.submissions import (
    MAX_ANSWER_CHARS, RECORD_MIME, SkippedItem, Submission, content_hash, read_path, read_submissions,
)

SCENARIO = "harlow-creek-shooting"
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def responses(learner: object, answers: dict) -> str:
    return json.dumps({"format": 1, "learner": learner, "answers": answers})


def record_notebook(records: list[dict], code: str = "x = 1", meta: dict | None = None) -> str:
    nb = nbformat.v4.new_notebook()
    nb.metadata.update(meta or {})
    nb.cells.append(nbformat.v4.new_markdown_cell("# Module"))
    cell = nbformat.v4.new_code_cell(code)
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/plain": "report", RECORD_MIME: r})
                    for r in records]
    nb.cells.append(cell)
    return nbformat.writes(nb)


# ---- the three forms -------------------------------------------------------------------------

def test_responses_file_gives_answers_attempts_and_times(tmp_path: Path) -> None:
    path = tmp_path / "officer-17.json"
    path.write_text(responses("officer-17", {
        f"{SCENARIO}/public-statement": {
            "answer": "An officer shot Darnell Hayes tonight.", "updated": "2026-11-20T10:00:00Z",
            "attempts": [{"answer": "Shots were fired.", "checked": "2026-11-20T09:00:00+00:00", "overall": 10.0},
                         {"checked": "2026-11-20T09:30:00Z", "overall": 5.0}]},  # no answer: not a submission
        f"{SCENARIO}/first-hours": {"answer": ["secure-evidence", "notify-family"]},
    }), "utf-8")
    result = read_path(path)
    assert result.skipped == []
    got = {(s.exercise, s.source.split("#")[1]): s for s in result.submissions}
    assert set(got) == {("public-statement", f"{SCENARIO}/public-statement@attempt-1"),
                        ("public-statement", f"{SCENARIO}/public-statement"),
                        ("first-hours", f"{SCENARIO}/first-hours")}
    final = got[("public-statement", f"{SCENARIO}/public-statement")]
    assert final.learner == "officer-17" and final.scenario == SCENARIO
    assert final.submitted_at == datetime(2026, 11, 20, 10, tzinfo=timezone.utc)
    assert got[("public-statement", f"{SCENARIO}/public-statement@attempt-1")].answer == "Shots were fired."
    assert got[("first-hours", f"{SCENARIO}/first-hours")].answer == ["secure-evidence", "notify-family"]
    assert final.content_hash == content_hash(SCENARIO, "public-statement", final.answer)


def test_responses_file_without_learner_uses_file_name(tmp_path: Path) -> None:
    path = tmp_path / "sgt-lee.json"
    path.write_text(json.dumps({"format": 1, "answers": {f"{SCENARIO}/reflection": {"answer": "I learned."}}}))
    assert [s.learner for s in read_path(path).submissions] == ["sgt-lee"]


def test_notebook_records_are_read_as_data(tmp_path: Path) -> None:
    path = tmp_path / "someone.ipynb"
    path.write_text(record_notebook([
        {"learner": "officer-3", "scenario": SCENARIO, "exercise": "public-statement", "answer": "First.",
         "report": {"overall": 100}},
        json.dumps({"scenario": SCENARIO, "exercise": "first-hours", "answer": ["secure-evidence"]}),
    ]), "utf-8")
    result = read_path(path)
    assert result.skipped == []
    by_ex = {s.exercise: s for s in result.submissions}
    assert by_ex["public-statement"].learner == "officer-3"       # from the record
    assert by_ex["first-hours"].learner == "someone"              # from the file name
    assert by_ex["first-hours"].answer == ["secure-evidence"]
    assert by_ex["public-statement"].submitted_at is not None     # the file's save time


def test_notebook_learner_from_metadata(tmp_path: Path) -> None:
    path = tmp_path / "Untitled.ipynb"
    path.write_text(record_notebook([{"scenario": SCENARIO, "exercise": "reflection", "answer": "Text."}],
                                    meta={"trustlib": {"learner": "officer-9"}}))
    assert [s.learner for s in read_path(path).submissions] == ["officer-9"]


def test_notebook_without_records_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty.ipynb"
    path.write_text(record_notebook([]))
    result = read_path(path)
    assert result.submissions == [] and [s.code for s in result.skipped] == ["no-answers"]


def test_csv_export_with_steps_and_times(tmp_path: Path) -> None:
    path = tmp_path / "lms.csv"
    path.write_text("\ufeffLearner,Scenario,Exercise,Answer,submitted_at\r\n"
                    f'officer-1,{SCENARIO},first-hours,"secure-evidence, notify-family",2026-11-20T10:00:00\r\n'
                    f'officer-1,{SCENARIO},public-statement,"Line one,\nline two",\r\n'
                    ",,,,\r\n"
                    f'officer-2,,{SCENARIO}/reflection,I would listen first.,\r\n', "utf-8")
    result = read_path(path)
    assert result.skipped == []
    subs = result.submissions
    assert [(s.learner, s.exercise) for s in subs] == [
        ("officer-1", "first-hours"), ("officer-1", "public-statement"), ("officer-2", "reflection")]
    assert subs[0].answer == "secure-evidence, notify-family"  # split once the exercise is known
    assert subs[0].submitted_at == datetime(2026, 11, 20, 10, tzinfo=timezone.utc)
    assert subs[1].answer == "Line one,\nline two" and subs[1].source.endswith(":3")
    prepared = ScenarioCatalog().prepare(subs[0])
    assert isinstance(prepared, Submission) and prepared.answer == ["secure-evidence", "notify-family"]
    assert prepared.content_hash == content_hash(SCENARIO, "first-hours", ["secure-evidence", "notify-family"])


def test_csv_missing_columns_is_one_clear_skip(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,text\nx,y\n")
    result = read_path(path)
    assert result.submissions == [] and result.skipped[0].code == "wrong-format"
    assert "learner" in result.skipped[0].reason


def test_jsonl_bad_lines_are_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    good = {"learner": "a", "scenario": SCENARIO, "exercise": "reflection", "answer": "I would call first."}
    path.write_text(json.dumps(good) + "\n{not json\n[1, 2]\n\n" + json.dumps({**good, "learner": "b"}) + "\n")
    result = read_path(path)
    assert [s.learner for s in result.submissions] == ["a", "b"]
    assert [(s.source.rsplit(":", 1)[1], s.code) for s in result.skipped] == [("2", "corrupt-file"), ("3", "bad-row")]


def test_directories_are_searched_and_checkpoints_left_out(tmp_path: Path) -> None:
    (tmp_path / "a" / ".ipynb_checkpoints").mkdir(parents=True)
    (tmp_path / "a" / "x.json").write_text(responses("x", {f"{SCENARIO}/reflection": {"answer": "Yes I would."}}))
    (tmp_path / "a" / ".ipynb_checkpoints" / "x-checkpoint.json").write_text(
        responses("x", {f"{SCENARIO}/reflection": {"answer": "old"}}))
    (tmp_path / "a" / "notes.txt").write_text("ignored")
    result = read_submissions([tmp_path, tmp_path / "missing.json", tmp_path / "a" / "notes.txt"])
    assert [s.answer for s in result.submissions] == ["Yes I would."]
    assert {s.code for s in result.skipped} == {"unreadable-file", "unsupported-file"}


# ---- bad input --------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".json", ".ipynb", ".csv", ".jsonl"])
def test_non_utf8_and_nul_bytes(tmp_path: Path, suffix: str) -> None:
    bad = tmp_path / f"latin{suffix}"
    bad.write_bytes(b'{"learner": "ren\xe9"}\n')
    assert [s.code for s in read_path(bad).skipped] == ["not-utf8"]
    nul = tmp_path / f"nul{suffix}"
    nul.write_bytes(b"\x00\x00{\x00}")
    result = read_path(nul)
    assert result.submissions == [] and len(result.skipped) >= 1


def test_nul_and_control_characters_are_removed_from_answers(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text(responses("x", {f"{SCENARIO}/reflection": {"answer": "We\u0000 will\u0007 listen.\n"},
                                    f"{SCENARIO}/first-hours": {"answer": ["\u0000"]}}))
    result = read_path(path)
    assert [s.answer for s in result.submissions] == ["We will listen.\n"]
    assert [s.code for s in result.skipped] == ["empty-answer"]


def test_ten_megabyte_answer_is_skipped_with_reason(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(responses("big", {f"{SCENARIO}/public-statement": {"answer": "word " * 2_000_000}}))
    assert path.stat().st_size > 10_000_000
    result = read_path(path)
    assert result.submissions == []
    assert result.skipped[0].code == "answer-too-long" and f"{MAX_ANSWER_CHARS:,}" in result.skipped[0].reason


@pytest.mark.parametrize("answer,code", [("", "empty-answer"), ("  \n\t", "empty-answer"), ([], "empty-answer"),
                                         (None, "empty-answer"), (42, "bad-answer"), ([1, 2], "bad-answer"),
                                         ({"a": 1}, "bad-answer")])
def test_bad_answers(tmp_path: Path, answer: object, code: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"learner": "x", "scenario": SCENARIO, "exercise": "reflection", "answer": answer}))
    result = read_path(path)
    assert result.submissions == [] and [s.code for s in result.skipped] == [code]


@FUZZ
@given(st.binary(max_size=400), st.sampled_from([".json", ".ipynb", ".csv", ".jsonl"]))
def test_any_bytes_never_raise(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    result = read_path(path)
    assert all(isinstance(s, SkippedItem) for s in result.skipped)
    for sub in result.submissions:
        assert learner_id(sub.learner) == sub.learner


@FUZZ
@given(st.data())
def test_truncated_files_never_raise(tmp_path: Path, data: st.DataObject) -> None:
    text = data.draw(st.sampled_from([
        responses("officer-1", {f"{SCENARIO}/public-statement": {"answer": "Hello there, all.", "updated": "x"}}),
        record_notebook([{"learner": "a", "scenario": SCENARIO, "exercise": "reflection", "answer": "Text."}]),
    ]))
    cut = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    path = tmp_path / ("t.json" if text.startswith('{"format"') else "t.ipynb")
    path.write_text(text[:cut], "utf-8")
    result = read_path(path)
    assert result.submissions == [] and len(result.skipped) >= 1


@FUZZ
@given(st.text(max_size=80))
def test_learner_ids_never_leave_the_directory(tmp_path: Path, raw: str) -> None:
    lid = learner_id(raw)
    if not raw.strip():
        assert lid is None
        return
    assert lid is not None and lid[0] in string.ascii_letters + string.digits
    assert set(lid) <= set(string.ascii_letters + string.digits + "._-")
    assert path_inside(tmp_path, f"{lid}.html").parent == tmp_path.resolve()


@pytest.mark.parametrize("raw", ["../../etc", "../../etc/passwd", "/etc/passwd", "..", "C:\\Windows\\x",
                                 "a/../../b", "=HYPERLINK(\"x\")", "con", "x\u0000y", "~root"])
def test_path_traversal_ids_are_neutralised(tmp_path: Path, raw: str) -> None:
    path = tmp_path / "sub.jsonl"
    path.write_text(json.dumps({"learner": raw, "scenario": SCENARIO, "exercise": "reflection",
                                "answer": "I would listen."}))
    [sub] = read_path(path).submissions
    assert sub.learner != raw and "/" not in sub.learner and "\\" not in sub.learner
    assert not sub.learner.startswith((".", "=", "-"))
    assert path_inside(tmp_path, f"{sub.learner}.html").parent == tmp_path.resolve()
    # distinct raw ids stay distinct
    assert learner_id(raw) != learner_id(raw + "x")


def test_path_inside_refuses_escape(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        path_inside(tmp_path, "../x.html")


# ---- checking against the exercise --------------------------------------------------------------

@pytest.mark.parametrize("scenario,exercise,answer,code", [
    ("no-such-scenario", "public-statement", "Text here.", "unknown-scenario"),
    ("../../etc/passwd", "public-statement", "Text here.", "unknown-scenario"),
    (str(Path(__file__).parent / "data" / "instructor-scenario"), "public-statement", "Text.", "unknown-scenario"),
    (SCENARIO, "no-such-exercise", "Text here.", "unknown-exercise"),
    (SCENARIO, "first-hours", ["secure-evidence", "not-an-option"], "invalid-answer"),
    (SCENARIO, "public-statement", ["secure-evidence"], "invalid-answer"),
])
def test_prepare_rejects_what_cannot_be_graded(scenario: str, exercise: str, answer: object, code: str) -> None:
    sub = Submission("a", scenario, exercise, answer, None, "test")  # type: ignore[arg-type]
    checked = ScenarioCatalog().prepare(sub)
    assert isinstance(checked, SkippedItem) and checked.code == code, checked
    if code == "unknown-exercise":
        assert "public-statement" in checked.reason  # names the valid ids


def test_instructor_scenario_directory(tmp_path: Path) -> None:
    source = Path(__file__).parent.parent / "scenarios" / f"{SCENARIO}.yaml"
    text = source.read_text("utf-8").replace(f"id: {SCENARIO}", "id: my-town", 1)
    (tmp_path / "my-town.yaml").write_text(text, "utf-8")
    sub = Submission("a", "my-town", "first-hours", "secure-evidence", None, "t")
    assert isinstance(ScenarioCatalog().prepare(sub), SkippedItem)
    prepared = ScenarioCatalog([tmp_path]).prepare(sub)
    assert isinstance(prepared, Submission) and prepared.answer == ["secure-evidence"]

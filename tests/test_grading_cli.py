"""``trustlib grade`` and ``trustlib export`` end to end: real files, real SQLite, real CLI runs."""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import nbformat
import pytest

from trustlib import score_response
from trustlib.cli import main
from trustlib.grading.gradebook import Gradebook
from trustlib.grading.submissions import RECORD_MIME
from trustlib.grading.synthetic import write_cohort

SCENARIO = "harlow-creek-shooting"
STEPS_ONLY = [f"{SCENARIO}/first-hours"]
SCRIPT = "<script>alert('pwned')</script>"


def cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """Run the real ``trustlib`` console script."""
    exe = Path(sys.executable).with_name("trustlib")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout)


def rows(book: Gradebook, cohort: str | None = None) -> set[tuple]:
    """Every current result: (learner, exercise key, principle, level, score)."""
    return {(s.learner, s.key, pid, r.level, r.score)
            for s in book.submissions(cohort, current_only=True) for pid, r in s.report.principles.items()}


@pytest.fixture(scope="module")
def cohort(tmp_path_factory: pytest.TempPathFactory):
    """A small mixed cohort (all four file forms, attempts, every kind of bad item), graded once."""
    root = tmp_path_factory.mktemp("cohort")
    sample = write_cohort(root / "subs", learners=6, exercises=[f"{SCENARIO}/public-statement",
                                                               f"{SCENARIO}/first-hours",
                                                               f"{SCENARIO}/officer-message"],
                          attempts=2, bad_items=True, seed=3)
    book, reports = root / "gb.sqlite", root / "reports"
    code = main(["grade", str(sample.directory), "--gradebook", str(book), "--reports", str(reports), "--quiet"])
    assert code == 0
    return sample, book, reports


def test_grade_records_every_current_answer(cohort) -> None:
    sample, book, _ = cohort
    with Gradebook(book) as gb:
        current = {(s.learner, s.key): s for s in gb.submissions(current_only=True)}
        counts = gb.counts()
        problems = {p.code for p in gb.problems()}
    expected = {k: v for k, v in sample.answers.items()}
    got = {k: current[k].answer for k in expected}
    assert got == expected
    assert counts["submissions"] >= len(expected) + 1  # + the traversal learner's answer, + attempts
    assert problems == {"corrupt-file", "not-utf8", "empty-answer", "unknown-exercise"}


def test_scores_are_the_engines(cohort) -> None:
    sample, book, _ = cohort
    with Gradebook(book) as gb:
        current = {(s.learner, s.key): s for s in gb.submissions(current_only=True)}
    for (learner, key), answer in list(sample.answers.items())[:6]:
        scenario, exercise = key.split("/")
        assert current[(learner, key)].report.to_dict() == score_response(scenario, exercise, answer).to_dict()


def test_rerun_changes_nothing(cohort, capsys: pytest.CaptureFixture[str]) -> None:
    sample, book, reports = cohort
    with Gradebook(book) as gb:
        before, counts = rows(gb), gb.counts()
    digest = {p: p.read_bytes() for p in reports.rglob("*.html")}
    assert main(["grade", str(sample.directory), "--gradebook", str(book), "--reports", str(reports), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"graded:\s+0\b", out) and re.search(r"skipped:\s+4\b", out)
    with Gradebook(book) as gb:
        assert rows(gb) == before and gb.counts() == counts
    assert {p: p.read_bytes() for p in reports.rglob("*.html")} == digest


def test_summary_names_reasons_and_strict_exit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = write_cohort(tmp_path / "subs", learners=2, exercises=STEPS_ONLY, bad_items=True)
    args = ["grade", str(sample.directory), "--gradebook", str(tmp_path / "gb.sqlite"), "--quiet"]
    assert main(args + ["--strict"]) == 1
    out = capsys.readouterr().out
    for reason in ("corrupt-file", "not-utf8", "empty-answer", "unknown-exercise", "invalid-answer",
                   "truncated.json", "latin1.csv", "has no option '<b>x</b>'"):
        assert reason in out
    assert re.search(r"graded:\s+2\b", out) and re.search(r"skipped:\s+5\b", out)


def test_a_fixed_file_leaves_the_not_graded_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    subs, book = tmp_path / "subs", tmp_path / "gb.sqlite"
    subs.mkdir()
    broken, other = subs / "officer-1.json", subs / "bad.csv"
    broken.write_text('{"format": 1, "learner": "officer-1", "answers": {')
    other.write_text("no,header\n")
    assert main(["grade", str(subs), "--gradebook", str(book), "--quiet"]) == 0
    with Gradebook(book) as gb:
        assert {p.code for p in gb.problems()} == {"corrupt-file", "wrong-format"}
    broken.write_text(json.dumps({"format": 1, "learner": "officer-1", "answers": {
        f"{SCENARIO}/first-hours": {"answer": ["secure-evidence"]}}}))
    # the same files, spelled relative to another directory: the gradebook still knows them
    monkeypatch.chdir(tmp_path)
    assert main(["grade", "subs", "--gradebook", str(book), "--quiet"]) == 0
    with Gradebook(book) as gb:
        assert [(p.code, p.source) for p in gb.problems()] == [("wrong-format", str(other))]
        assert [s.learner for s in gb.submissions()] == ["officer-1"]
        counts = gb.counts()
    assert main(["grade", str(subs / "officer-1.json"), "--gradebook", str(book), "--quiet"]) == 0
    with Gradebook(book) as gb:
        assert gb.counts() == counts  # bad.csv was not read this time: its problem stays


def test_newer_submission_supersedes_through_the_cli(tmp_path: Path) -> None:
    book = tmp_path / "gb.sqlite"
    key = f"{SCENARIO}/first-hours"
    for when, answer in (("2026-11-20T10:00:00Z", ["secure-evidence"]),
                         ("2026-11-21T10:00:00Z", ["secure-evidence", "notify-family"])):
        path = tmp_path / f"{when[:10]}" / "officer-1.json"
        path.parent.mkdir()
        path.write_text(json.dumps({"format": 1, "learner": "officer-1",
                                    "answers": {key: {"answer": answer, "updated": when}}}))
        assert main(["grade", str(path), "--gradebook", str(book), "--quiet"]) == 0
    with Gradebook(book) as gb:
        subs = gb.submissions()
    assert [(s.answer, s.superseded) for s in subs] == [(["secure-evidence"], True),
                                                         (["secure-evidence", "notify-family"], False)]


def test_real_cli_with_jobs_matches_one_process(tmp_path: Path, cohort) -> None:
    sample, book, _ = cohort
    other = tmp_path / "jobs2.sqlite"
    done = cli("grade", str(sample.directory), "--gradebook", str(other), "--jobs", "2",
               "--reports", str(tmp_path / "reports"))
    assert done.returncode == 0, done.stderr
    assert "grading" in done.stderr and "100%" in done.stderr  # the progress bar, on stderr
    assert "graded:" in done.stdout and "skipped:    4" in done.stdout
    with Gradebook(book) as a, Gradebook(other) as b:
        assert rows(a) == rows(b)


def test_two_graders_at_once_lose_nothing(tmp_path: Path) -> None:
    sample = write_cohort(tmp_path / "subs", learners=40, exercises=STEPS_ONLY, forms=("json",), seed=5)
    files = sorted(sample.directory.rglob("*.json"))
    halves = [files[:25], files[15:]]  # overlapping
    book = tmp_path / "gb.sqlite"
    exe = Path(sys.executable).with_name("trustlib")
    procs = [subprocess.Popen([str(exe), "grade", *map(str, half), "--gradebook", str(book), "--quiet"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for half in halves]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    with Gradebook(book) as gb:
        current = {(s.learner, s.key): s.answer for s in gb.submissions(current_only=True)}
        assert gb.counts()["submissions"] == 40
    assert current == sample.answers


def test_locked_gradebook_via_cli(tmp_path: Path) -> None:
    sample = write_cohort(tmp_path / "subs", learners=3, exercises=STEPS_ONLY)
    book = tmp_path / "gb.sqlite"
    Gradebook(book).close()
    holder = sqlite3.connect(book, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        done = cli("grade", str(sample.directory), "--gradebook", str(book), "--lock-timeout", "1", "--quiet")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 3
    assert "locked by another program" in done.stderr and "Traceback" not in done.stderr
    with Gradebook(book) as gb:
        assert gb.counts()["submissions"] == 0


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["grade", str(tmp_path / "nothing-here"), "--gradebook", str(tmp_path / "g.sqlite")]) == 2
    assert main(["grade", str(tmp_path), "--gradebook", str(tmp_path / "g.sqlite"), "--jobs", "0"]) == 2
    assert main(["grade", str(tmp_path), "--gradebook", str(tmp_path / "g.sqlite"), "--cohort", "../x"]) == 2
    assert main(["export", "--gradebook", str(tmp_path / "none.sqlite"), "--csv", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err and "--jobs" in err and "cohort name" in err and "no gradebook" in err


# ---- security: grading never executes learner code ------------------------------------------------

def test_submitted_notebook_code_is_never_executed(tmp_path: Path) -> None:
    marker = Path(tempfile.gettempdir()) / f"trustlib-pwned-{uuid.uuid4().hex}"
    code = (f"open({str(marker)!r}, 'w').write('executed')\n"
            f"import os; os.system('touch {marker}')")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    cell = nbformat.v4.new_code_cell(code)
    cell.outputs = [nbformat.v4.new_output("display_data", data={
        "text/plain": "record", RECORD_MIME: {"learner": "mallory", "scenario": SCENARIO,
                                             "exercise": "first-hours", "answer": ["secure-evidence"]}})]
    nb.cells = [cell, nbformat.v4.new_markdown_cell(f"{SCRIPT} <img src=x onerror=alert(1)>")]
    path = tmp_path / "mallory.ipynb"
    nbformat.write(nb, path)
    done = cli("grade", str(path), "--gradebook", str(tmp_path / "gb.sqlite"), "--reports", str(tmp_path / "r"),
               "--jobs", "2")
    assert done.returncode == 0, done.stderr
    assert not marker.exists()
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        [sub] = gb.submissions()
    assert (sub.learner, sub.answer) == ("mallory", ["secure-evidence"])  # graded, as data


# ---- HTML reports ------------------------------------------------------------------------------------

def test_reports_escape_all_learner_text(tmp_path: Path) -> None:
    nasty_id = "<b>bold</b>\"'&"
    answers = {
        f"{SCENARIO}/public-statement": {"answer": f"{SCRIPT} An officer shot Darnell Hayes tonight near Alder "
                                                   "Street. <img src=x onerror=alert(1)> The suspect had a record.",
                                         "updated": "2026-11-20T10:00:00Z"},
        f"{SCENARIO}/first-hours": {"answer": ["secure-evidence"]},
    }
    (tmp_path / "subs").mkdir()
    (tmp_path / "subs" / "x.json").write_text(json.dumps({"format": 1, "learner": nasty_id, "answers": answers}))
    (tmp_path / "subs" / "<script>bad.json").write_text("{not json")
    reports = tmp_path / "reports"
    assert main(["grade", str(tmp_path / "subs"), "--gradebook", str(tmp_path / "gb.sqlite"),
                 "--reports", str(reports), "--quiet"]) == 0
    pages = sorted(reports.rglob("*.html"))
    assert [p.relative_to(reports).parts[0] for p in pages] == ["index.html", "learners"]
    learner_page = next(p for p in pages if p.parent.name == "learners")
    assert learner_page.parent.resolve() == (reports / "learners").resolve()
    for page in pages:
        text = page.read_text("utf-8")
        assert "<script" not in text.lower() and "<img" not in text.lower() and "<b>bold" not in text
    body = learner_page.read_text("utf-8")
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    # evidence highlighted, levels with colour and words, suggestion and model answer
    assert 'class="trustlib-flag"' in body and "violated" in body and "✖" in body
    assert "Model answer" in body and "Officers and paramedics gave first aid" in body
    assert "Secure the scene" in body  # chosen steps shown as text
    index = (reports / "index.html").read_text("utf-8")
    assert "&lt;script&gt;bad.json" in index and "corrupt JSON" in index


# ---- exports ---------------------------------------------------------------------------------------

def test_csv_export_one_row_per_learner(cohort, tmp_path: Path) -> None:
    sample, book, _ = cohort
    out = tmp_path / "grades.csv"
    assert main(["export", "--gradebook", str(book), "--csv", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as fh:
        table = list(csv.reader(fh))
    header, body = table[0], table[1:]
    assert header[:4] == ["learner", "cohort", "exercises_graded", "average"]
    keys = [f"{SCENARIO}/public-statement", f"{SCENARIO}/first-hours", f"{SCENARIO}/officer-message"]
    assert header[4:7] == keys  # in the scenario's order
    assert f"{SCENARIO}/public-statement/no-victim-demonizing" in header
    learners = [r[0] for r in body]
    assert learners == sorted(learners) and len(learners) == len(set(learners)) == 7
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in body for cell in r)
    with Gradebook(book) as gb:
        current = {(s.learner, s.key): s.report for s in gb.submissions(current_only=True)}
    for r in body:
        record = dict(zip(header, r))
        for key in keys:
            report = current.get((record["learner"], key))
            assert record[key] == ("" if report is None else f"{report.overall:.1f}")
            if report is None:
                continue
            for pid, result in report.principles.items():
                if result.score is None:
                    assert record.get(f"{key}/{pid}", "") == ""
                else:
                    assert record[f"{key}/{pid}"] == f"{100 * result.score:.1f}"
    assert out.read_bytes().count(b"\r\n") == len(table)


def test_csv_export_per_cohort_and_json(tmp_path: Path) -> None:
    book = tmp_path / "gb.sqlite"
    for name, seed in (("spring-2026", 1), ("autumn-2026", 2)):
        sample = write_cohort(tmp_path / name, learners=3, exercises=STEPS_ONLY, seed=seed)
        assert main(["grade", str(sample.directory), "--gradebook", str(book), "--cohort", name, "--quiet"]) == 0
    assert main(["export", "--gradebook", str(book), "--csv", str(tmp_path / "x.csv")]) == 3  # which cohort?
    assert main(["export", "--gradebook", str(book), "--csv", str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["autumn-2026.csv", "spring-2026.csv"]
    assert main(["export", "--gradebook", str(book), "--csv", str(tmp_path / "s.csv"), "--cohort", "spring-2026"]) == 0
    assert main(["export", "--gradebook", str(book), "--cohort", "nope", "--json", str(tmp_path / "n.json")]) == 2
    assert main(["export", "--gradebook", str(book), "--json", str(tmp_path / "all.json")]) == 0
    data = json.loads((tmp_path / "all.json").read_text("utf-8"))
    assert data["format"] == 1 and [c["name"] for c in data["cohorts"]] == ["autumn-2026", "spring-2026"]
    sub = data["cohorts"][0]["learners"][0]["submissions"][0]
    assert set(sub) >= {"scenario", "exercise", "answer", "submitted_at", "source", "content_hash", "current", "report"}
    assert sub["report"]["principles"]["support-officers"]["level"] in ("met", "partial", "missed", "violated")


def test_export_of_read_only_gradebook(cohort, tmp_path: Path) -> None:
    _, book, _ = cohort
    url = f"sqlite:///file:{book}?mode=ro&uri=true"
    assert main(["export", "--gradebook", url, "--json", str(tmp_path / "ro.json")]) == 0
    assert json.loads((tmp_path / "ro.json").read_text())["cohorts"][0]["name"] == "default"


def test_grading_does_not_touch_submissions_or_learner_homes(tmp_path: Path, cohort) -> None:
    # The grader reads responses files; it never writes into them (or moves them aside).
    sample, _, _ = cohort
    files = {p: p.read_bytes() for p in sample.directory.rglob("*") if p.is_file()}
    env = {**os.environ, "TRUSTLIB_HOME": str(tmp_path / "home")}
    done = subprocess.run([str(Path(sys.executable).with_name("trustlib")), "grade", str(sample.directory),
                           "--gradebook", str(tmp_path / "gb.sqlite"), "--quiet"], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert {p: p.read_bytes() for p in sample.directory.rglob("*") if p.is_file()} == files
    assert not (tmp_path / "home").exists()

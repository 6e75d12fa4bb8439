"""The gradebook on real SQLite files: idempotence, history, concurrency, locks and read-only files."""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import sqlite3
import subprocess
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

import pytest

from trustlib import load_scenario, score_response
from trustlib.grading.gradebook import Gradebook, GradebookError, GradebookLocked, cohort_name
from trustlib.grading.submissions import SkippedItem, Submission

SCENARIO = "harlow-creek-shooting"
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
_STEPS: list[str] | None = None


def steps_options() -> list[str]:
    global _STEPS
    if _STEPS is None:
        _STEPS = [o.id for o in load_scenario(SCENARIO).exercise("first-hours").options]  # type: ignore[union-attr]
    return _STEPS


def graded(learner: str, answer: list[str], at: datetime | None = None, source: str = "test") -> tuple[Submission, dict[str, Any]]:
    """A real submission with its real report (steps answers: scored without the NLP models)."""
    sub = Submission(learner, SCENARIO, "first-hours", answer, at, source)
    return sub, score_response(SCENARIO, "first-hours", answer).to_dict()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_record_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "gb.sqlite"
    opts = steps_options()
    items = [graded("a", opts[:2], T0), graded("b", opts[1:4], T0), graded("a", opts[:2], T0, source="other")]
    with Gradebook(path) as book:
        first = book.record("c1", items)
        counts = book.counts()
        again = book.record("c1", items)
        assert book.counts() == counts
    assert (first.added, first.unchanged) == (2, 1)  # the same answer from two sources is one submission
    assert (again.added, again.rescored, again.superseded, again.unchanged) == (0, 0, 0, 3)
    assert counts["submissions"] == 2 and counts["scores"] == 2 and counts["learners"] == 2
    assert counts["results"] == 2 * 16  # one row per rubric principle


def test_one_batch_mixing_new_known_and_repeated(tmp_path: Path) -> None:
    opts = steps_options()
    first = graded("a", opts[:1], T0)
    later = graded("a", opts[:2], T0 + timedelta(hours=1))
    other = graded("b", opts[:3], None)
    with Gradebook(tmp_path / "gb.sqlite") as book:
        book.record(None, [first])
        stats = book.record(None, [first, later, later, other, other])
        assert (stats.added, stats.unchanged, stats.rescored, stats.superseded) == (2, 3, 0, 1)
        current = {(s.learner, tuple(s.answer)) for s in book.submissions(current_only=True)}
        assert current == {("a", tuple(opts[:2])), ("b", tuple(opts[:3]))}
        assert book.counts()["scores"] == 3 and book.counts()["results"] == 3 * 16


def test_report_round_trip(tmp_path: Path) -> None:
    sub, report = graded("a", steps_options()[:3], T0)
    with Gradebook(tmp_path / "gb.sqlite") as book:
        book.record(None, [(sub, report)])
        [stored] = book.submissions()
    assert stored.report is not None and stored.report.to_dict() == report
    assert stored.submitted_at == T0 and stored.cohort == "default" and stored.content_hash == sub.content_hash


def test_newer_submission_supersedes_and_history_is_kept(tmp_path: Path) -> None:
    opts = steps_options()
    old, new, older = graded("a", opts[:1], T0), graded("a", opts[:3], T0 + timedelta(hours=1)), \
        graded("a", opts[2:3], T0 - timedelta(hours=1))
    with Gradebook(tmp_path / "gb.sqlite") as book:
        assert book.record("c", [old]).superseded == 0
        assert book.record("c", [new]).superseded == 1
        assert book.record("c", [older]).superseded == 1   # an older answer arriving late is history at once
        rows = book.submissions("c")
        current = book.submissions("c", current_only=True)
    assert [r.answer for r in rows] == [opts[2:3], opts[:1], opts[:3]]  # by time
    assert [c.answer for c in current] == [opts[:3]]
    assert all(r.superseded_by == current[0].id for r in rows if r.superseded)
    assert all(r.report is not None for r in rows)  # history keeps its scores


def test_outcome_does_not_depend_on_order(tmp_path: Path) -> None:
    opts = steps_options()
    items = [graded("a", opts[:k], T0 + timedelta(minutes=k)) for k in range(1, 5)]
    finals = []
    for name, order in (("fwd", items), ("rev", items[::-1])):
        with Gradebook(tmp_path / f"{name}.sqlite") as book:
            for item in order:
                book.record(None, [item])
            finals.append([(s.answer, s.superseded) for s in book.submissions()])
    assert finals[0] == finals[1]
    assert [s for _, s in finals[0]] == [True, True, True, False]


def test_new_scorer_version_adds_a_score(tmp_path: Path) -> None:
    sub, report = graded("a", steps_options()[:2], T0)
    newer = {**report, "scorer_version": "99.0.0",
             "principles": {**report["principles"], "open-and-honest": {**report["principles"]["open-and-honest"],
                                                                       "score": 0.123}}}
    with Gradebook(tmp_path / "gb.sqlite") as book:
        book.record(None, [(sub, report)])
        stats = book.record(None, [(sub, newer)])
        assert (stats.added, stats.rescored) == (0, 1)
        assert book.counts()["scores"] == 2
        [stored] = book.submissions()
        assert stored.report.scorer_version == "99.0.0"
        assert stored.report.principles["open-and-honest"].score == 0.123
        assert book.scored_keys(None, report["scorer_version"]) == {("a", SCENARIO, "first-hours", sub.content_hash)}


def test_skips_are_recorded_once(tmp_path: Path) -> None:
    items = [SkippedItem("x.json", "corrupt JSON", "corrupt-file"), SkippedItem("y.csv:3", "empty answer", "empty-answer", "b")]
    with Gradebook(tmp_path / "gb.sqlite") as book:
        assert book.record_skipped("c", items) == 2
        assert book.record_skipped("c", items) == 0
        assert [(p.source, p.code, p.learner) for p in book.problems("c")] == [
            ("x.json", "corrupt-file", None), ("y.csv:3", "empty-answer", "b")]


def test_cohorts_are_separate_and_names_checked(tmp_path: Path) -> None:
    item = graded("a", steps_options()[:2], T0)
    with Gradebook(tmp_path / "gb.sqlite") as book:
        book.record("spring-2026", [item])
        book.record("autumn-2026", [item])
        assert book.cohorts() == ["autumn-2026", "spring-2026"]
        assert len(book.submissions("spring-2026")) == 1 and len(book.submissions(all_cohorts=True)) == 2
    for bad in ("../x", "a b", "=cmd", "x" * 65):
        with pytest.raises(GradebookError, match="cohort name"):
            cohort_name(bad)


# ---- concurrency ---------------------------------------------------------------------------------

def _writer(path: str, learners: list[str], answers: list[list[str]], barrier: Any) -> None:
    book = Gradebook(path, lock_timeout=60)
    barrier.wait()
    for i, learner in enumerate(learners):
        # many small transactions: the most contention two graders can produce
        book.record("c", [graded(learner, answers[i % len(answers)], T0 + timedelta(seconds=i))])
    book.close()


def test_two_writers_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "gb.sqlite"
    opts = steps_options()
    answers = [opts[:k] for k in range(1, 6)]
    shared = [f"shared-{i}" for i in range(15)]
    first = shared + [f"first-{i}" for i in range(25)]
    second = shared + [f"second-{i}" for i in range(25)]
    Gradebook(path).close()
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    procs = [ctx.Process(target=_writer, args=(str(path), who, answers, barrier)) for who in (first, second)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    with Gradebook(path) as book:
        counts = book.counts()
        subs = book.submissions("c")
    assert counts["learners"] == 65
    assert counts["submissions"] == 65 and counts["scores"] == 65 and counts["results"] == 65 * 16
    assert len({s.learner for s in subs}) == 65
    assert all(not s.superseded for s in subs)


# ---- locked, read-only, not a gradebook ---------------------------------------------------------

def test_locked_gradebook_is_a_clear_error_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "gb.sqlite"
    with Gradebook(path) as book:
        book.record(None, [graded("a", steps_options()[:1], T0)])
        before = book.counts()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO gradebook_meta(key, value) VALUES ('holder', 'x')")
    try:
        started = time.monotonic()
        with pytest.raises(GradebookLocked, match="locked by another program"):
            Gradebook(path, lock_timeout=0.5)
        assert time.monotonic() - started < 10
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    book = Gradebook(path, lock_timeout=0.5)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(GradebookLocked):
            book.record(None, [graded("b", steps_options()[:2], T0), graded("c", steps_options()[:3], T0)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert book.counts() == before  # the failed transaction left nothing behind
    book.close()


def test_read_only_url_is_a_clear_error_and_the_file_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "gb.sqlite"
    with Gradebook(path) as book:
        book.record(None, [graded("a", steps_options()[:1], T0)])
    digest = file_digest(path)
    with pytest.raises(GradebookError, match="read-only"):
        Gradebook(f"sqlite:///file:{path}?mode=ro&uri=true")
    assert file_digest(path) == digest
    with Gradebook(f"sqlite:///file:{path}?mode=ro&uri=true", writable=False) as book:  # reading still works
        assert len(book.submissions()) == 1


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable for this process: permission bits, or (root ignores those) the
    immutable attribute."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        path.parent.chmod(0o555)
        try:
            yield
        finally:
            path.parent.chmod(0o755)
            path.chmod(0o644)
        return
    try:
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    except FileNotFoundError:
        done = None
    if done is None or done.returncode != 0:
        # Only the environment is missing here (root, and no immutable attribute on this file
        # system); the read-only URL test covers the same error path.
        pytest.skip("root cannot be denied writing a file here (chattr +i unavailable)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_read_only_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "gb.sqlite"
    with Gradebook(path) as book:
        book.record(None, [graded("a", steps_options()[:1], T0)])
    digest = file_digest(path)
    with read_only(path):
        with pytest.raises(OSError):  # the file really cannot be written
            open(path, "ab").close()
        with pytest.raises(GradebookError, match="read-only") as info:
            Gradebook(path, lock_timeout=1)
        assert "Nothing was written" in str(info.value)
        with Gradebook(path, writable=False) as book:  # exporting a read-only gradebook still works
            assert len(book.submissions()) == 1
    assert file_digest(path) == digest


def test_not_a_gradebook(tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(GradebookError, match="not a trustlib gradebook"):
        Gradebook(junk)
    with pytest.raises(GradebookError, match="directory"):
        Gradebook(tmp_path)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(GradebookError, match="not a trustlib gradebook"):
        Gradebook(other, writable=False)

"""The per-learner responses file: format, atomic writes, safe ids, corrupt files kept, drafts never lost."""

from __future__ import annotations

import json
import multiprocessing
import os
import stat
from pathlib import Path

import pytest

from trustlib.responses import (FORMAT, ResponsesStore, ResponsesWarning, key_for, responses_dir,
                                responses_path, safe_learner_id, trustlib_home)

KEY = key_for("harlow-creek-shooting", "public-statement")
STEPS_KEY = key_for("harlow-creek-shooting", "first-hours")


def test_default_location_follows_trustlib_home(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert trustlib_home() == home
    assert responses_path("officer-17") == home / "responses" / "officer-17.json"
    monkeypatch.delenv("TRUSTLIB_HOME")
    assert responses_path("officer-17") == Path.home() / ".trustlib" / "responses" / "officer-17.json"


def test_file_has_exactly_the_documented_format(home: Path) -> None:
    store = ResponsesStore("officer-17")
    assert not store.path.exists()  # nothing written until there is something to keep
    store.save_draft(KEY, "A first draft.")
    store.add_attempt(KEY, "The checked answer.", 62.5)
    store.save_draft(STEPS_KEY, ["secure-evidence", "notify-family"])
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert set(data) == {"format", "learner", "answers"}
    assert data["format"] == FORMAT == 1 and data["learner"] == "officer-17"
    entry = data["answers"][KEY]
    assert set(entry) == {"answer", "updated", "attempts"}
    assert entry["answer"] == "The checked answer."
    assert entry["attempts"] == [{"answer": "The checked answer.", "checked": entry["updated"], "overall": 62.5}]
    assert entry["updated"].endswith("+00:00") and "T" in entry["updated"]
    assert data["answers"][STEPS_KEY]["answer"] == ["secure-evidence", "notify-family"]
    assert data["answers"][STEPS_KEY]["attempts"] == []


def test_a_new_store_reads_what_another_wrote(home: Path) -> None:
    ResponsesStore("a").save_draft(KEY, "draft one")
    again = ResponsesStore("a")
    assert again.answer(KEY) == "draft one"
    assert again.attempts(KEY) == []
    assert ResponsesStore("b").answer(KEY) is None


def test_two_kernels_writing_different_keys_keep_both(home: Path) -> None:
    one, two = ResponsesStore("a"), ResponsesStore("a")  # two notebooks open at once
    one.save_draft(KEY, "from notebook 4")
    two.save_draft(STEPS_KEY, ["notify-family"])
    one.save_draft(KEY, "from notebook 4, revised")
    data = json.loads(one.path.read_text(encoding="utf-8"))
    assert data["answers"][KEY]["answer"] == "from notebook 4, revised"
    assert data["answers"][STEPS_KEY]["answer"] == ["notify-family"]


def _writer(path: str, n: int, worker: int) -> None:
    store = ResponsesStore("race", path=path)
    for i in range(n):
        store.add_attempt(f"s/ex-{worker}", f"answer {i}", float(i))


def test_concurrent_processes_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "race.json"
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(str(path), 15, k)) for k in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(30)
        assert p.exitcode == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    for k in range(3):
        assert len(data["answers"][f"s/ex-{k}"]["attempts"]) == 15


def test_writes_are_atomic_and_leave_no_temp_files(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ResponsesStore("a")
    store.save_draft(KEY, "kept")
    before = store.path.read_bytes()

    def broken_replace(src, dst):  # the moment of the rename fails: the old file must be intact
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.warns(ResponsesWarning, match="disk full"):
        assert store.save_draft(KEY, "new text") is False
    assert store.path.read_bytes() == before
    assert [p.name for p in store.path.parent.iterdir() if p.suffix == ".tmp"] == []
    assert store.answer(KEY) == "new text"  # kept in memory
    monkeypatch.undo()
    assert store.flush() is True  # the next try writes it
    assert json.loads(store.path.read_text())["answers"][KEY]["answer"] == "new text"


def test_unwritable_directory_keeps_the_draft_in_memory(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        blocker = tmp_path / "not-a-dir"
        blocker.write_text("x")
        path = blocker / "a.json"  # parent is a file: mkdir fails for root too
    else:  # pragma: no cover
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
        path = locked / "a.json"
    with pytest.warns(ResponsesWarning):
        store = ResponsesStore("a", path=path)
        assert store.save_draft(KEY, "precious words") is False
    assert store.answer(KEY) == "precious words"
    assert store.problems and "kept in memory" in store.problems[-1]


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe garbage", b"[1, 2]", b'{"format": 1}',
                                     b'{"format": 7, "answers": {}}', b""])
def test_corrupt_file_is_moved_aside_not_deleted(home: Path, content: bytes) -> None:
    path = responses_path("a")
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.warns(ResponsesWarning, match="could not be read"):
        store = ResponsesStore("a")
    aside = [p for p in path.parent.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == content
    assert not aside[0].name.endswith(".json")  # the grader's *.json glob must not pick it up
    assert str(aside[0]) in store.problems[0]
    store.save_draft(KEY, "a draft typed after the damage")
    assert json.loads(path.read_text())["answers"][KEY]["answer"] == "a draft typed after the damage"
    assert aside[0].read_bytes() == content


def test_file_corrupted_while_open_does_not_lose_the_draft(home: Path) -> None:
    store = ResponsesStore("a")
    store.save_draft(KEY, "first")
    store.path.write_text("{truncated", encoding="utf-8")  # e.g. a hand edit or a bad sync
    with pytest.warns(ResponsesWarning):
        store.save_draft(KEY, "second")
    assert json.loads(store.path.read_text())["answers"][KEY]["answer"] == "second"
    assert any(p.read_text() == "{truncated" for p in store.path.parent.glob("a.json.corrupt-*"))


def test_read_only_store_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "officer.json"
    path.write_text(json.dumps({"format": 1, "learner": "officer", "answers": {KEY: {
        "answer": "saved", "updated": "2026-11-20T10:00:00+00:00", "attempts": []}}}))
    before = path.read_bytes()
    store = ResponsesStore("officer", path=path, read_only=True)
    assert store.answer(KEY) == "saved"
    store.add_attempt(KEY, "graded", 50.0)
    assert store.attempts(KEY)[-1]["answer"] == "graded"
    assert path.read_bytes() == before
    corrupt = tmp_path / "bad.json"
    corrupt.write_text("{")
    with pytest.warns(ResponsesWarning, match="left as it is"):
        ResponsesStore("bad", path=corrupt, read_only=True)
    assert corrupt.read_text() == "{"


@pytest.mark.parametrize("raw", ["../../etc/passwd", "..", ".", "/abs/path", "a/../../b", "C:\\Users\\x",
                                 "nul", "CON", "a\x00b", "  ", "é" * 200, "-leading", "x" * 500, "..\\..\\win"])
def test_learner_ids_never_escape_the_directory(home: Path, raw: str) -> None:
    safe = safe_learner_id(raw)
    path = responses_path(raw)
    assert path.parent == responses_dir()
    assert path.resolve().parent == responses_dir().resolve()
    assert "/" not in safe and "\\" not in safe and ".." not in safe and not safe.startswith(".")
    store = ResponsesStore(raw)
    store.save_draft(KEY, "x")
    assert store.path.resolve().parent == responses_dir().resolve()


def test_distinct_ids_never_share_a_file() -> None:
    assert safe_learner_id("officer-17") == "officer-17"
    assert safe_learner_id("Officer 17") != safe_learner_id("Officer-17")
    assert safe_learner_id("a/b") != safe_learner_id("a-b")
    assert safe_learner_id("") == "demo" and safe_learner_id(None) == "demo"


def test_bad_answers_are_refused(home: Path) -> None:
    store = ResponsesStore("a")
    with pytest.raises(TypeError):
        store.save_draft(KEY, 42)
    with pytest.raises(TypeError):
        store.save_draft(KEY, ["ok", 3])
    assert not store.path.exists()


def test_unchanged_draft_is_not_rewritten(home: Path) -> None:
    store = ResponsesStore("a")
    store.save_draft(KEY, "same")
    mtime = store.path.stat().st_mtime_ns
    os.utime(store.path, ns=(mtime - 10**9, mtime - 10**9))
    store.save_draft(KEY, "same")
    assert store.path.stat().st_mtime_ns == mtime - 10**9


def test_the_batch_grader_reads_these_files(home: Path) -> None:
    grading = pytest.importorskip("trustlib.grading.submissions",
                                  reason="the batch grader is another issue's module")
    store = ResponsesStore("officer-17")
    store.add_attempt(KEY, "An officer shot Darnell Hayes.", 40.0)
    store.save_draft(KEY, "An officer shot and killed Darnell Hayes.")
    result = grading.read_responses_file(store.path)
    answers = sorted(s.answer for s in result.submissions)
    assert answers == ["An officer shot Darnell Hayes.", "An officer shot and killed Darnell Hayes."]
    assert {s.learner for s in result.submissions} == {"officer-17"}

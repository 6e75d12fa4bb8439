"""The widget views, driven as Python objects: set values, click buttons, read what is shown."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

import trustlib
from trustlib.exercise import Exercise, Session
from trustlib.responses import responses_path
from trustlib.widgets import (Debouncer, LearnerView, ResultsView, StepsExerciseView, TextExerciseView,
                              exercise_view)

SCENARIO = "harlow-creek-shooting"
BLAMING = ("Last night an officer shot Darnell Hayes in an alley off Alder Street. "
           "Mr. Hayes had a lengthy criminal record and prior arrests for drugs. "
           "The State Bureau of Investigation is investigating.")


@pytest.fixture(scope="module")
def scenario():
    return trustlib.load_scenario(SCENARIO)


def saved(learner: str, key: str = f"{SCENARIO}/public-statement"):
    path = responses_path(learner)
    return json.loads(path.read_text())["answers"].get(key) if path.exists() else None


def wait_for(predicate, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


# ---- the debouncer --------------------------------------------------------------------------------

def test_debouncer_saves_first_change_at_once_and_the_last_after_the_interval() -> None:
    saves: list[str] = []
    done = threading.Event()

    def save(v: str) -> None:
        saves.append(v)
        if v == "abcd":
            done.set()

    d = Debouncer(save, interval=0.3)
    start = time.monotonic()
    for text in ("a", "ab", "abc", "abcd"):
        d(text)
    assert saves == ["a"]  # leading edge: saved at once
    assert done.wait(3)
    assert saves == ["a", "abcd"]  # intermediate keystrokes are never written
    assert time.monotonic() - start >= 0.25
    d("abcde")
    d.flush()  # on check or close: now
    assert saves[-1] == "abcde" and not d.pending


def test_debouncer_rate_is_bounded() -> None:
    times: list[float] = []
    d = Debouncer(lambda v: times.append(time.monotonic()), interval=0.2)
    end = time.monotonic() + 1.0
    while time.monotonic() < end:
        d("x")
        time.sleep(0.01)
    d.flush()
    gaps = [b - a for a, b in zip(times, times[1:-1])]
    assert len(times) <= 8 and all(g >= 0.18 for g in gaps)


def test_debouncer_cancel_drops_pending() -> None:
    saves: list[str] = []
    d = Debouncer(saves.append, interval=0.2)
    d("a")
    d("b")
    d.cancel()
    time.sleep(0.35)
    assert saves == ["a"]


# ---- text exercises --------------------------------------------------------------------------------

def test_typing_saves_drafts_on_a_debounce(home: Path, scenario) -> None:
    view = TextExerciseView(Exercise(scenario, "public-statement", learner="t1"), debounce=0.3)
    view.textarea.value = "A"
    assert saved("t1")["answer"] == "A"
    view.textarea.value = "At about 9:40"
    view.textarea.value = "At about 9:40 tonight"
    assert saved("t1")["answer"] == "A"  # within the interval: not yet
    assert wait_for(lambda: saved("t1")["answer"] == "At about 9:40 tonight")
    # The debounce thread writes the file, then sets the status: wait for both, not just the file.
    assert wait_for(lambda: "Draft saved" in view.status.value), view.status.value
    assert "4 words" in view.words.value and "at least 120" in view.words.value


def test_check_shows_feedback_with_the_flagged_sentence_highlighted(home: Path, scenario) -> None:
    view = exercise_view(Exercise(scenario, "public-statement", learner="t2"))
    assert isinstance(view, TextExerciseView)
    assert view.model_button.disabled and view.retry_button.layout.display == "none"
    view.textarea.value = BLAMING
    view.check_button.click()
    html = view.feedback.value
    assert 'data-principle="no-victim-demonizing" data-level="violated"' in html
    assert '<mark class="trustlib-flag"' in html and "lengthy criminal record" in html
    assert "✖ violated" in html  # a symbol and a word, not colour alone
    assert "trustlib-principle-link" in html and "Read the guidance" in html
    entry = saved("t2")
    assert entry["answer"] == BLAMING and len(entry["attempts"]) == 1
    assert not view.model_button.disabled and view.retry_button.layout.display is None
    assert "Checked and saved" in view.status.value


def test_learner_text_is_escaped(home: Path, scenario) -> None:
    view = TextExerciseView(Exercise(scenario, "public-statement", learner="t3"))
    view.textarea.value = BLAMING + ' <img src=x onerror="alert(1)"> <script>bad()</script>'
    view.check_button.click()
    assert "<img" not in view.feedback.value and "<script>" not in view.feedback.value
    assert "&lt;script&gt;" in view.feedback.value
    view.retry_button.click()
    assert "<script>" not in view.previous.value


def test_try_again_keeps_the_previous_attempt_visible(home: Path, scenario) -> None:
    view = TextExerciseView(Exercise(scenario, "public-statement", learner="t4"))
    view.textarea.value = BLAMING
    view.check_button.click()
    first = view.feedback.value
    view.retry_button.click()
    assert view.previous_box.layout.display is None and view.previous.value == first
    assert "Revise your answer" in view.feedback.value
    view.textarea.value = scenario.exercise("public-statement").model_answer
    view.check_button.click()
    assert view.previous.value == first  # still there to compare
    assert 'data-level="violated"' not in view.feedback.value.split("no-victim-demonizing")[1][:40]
    # checking twice without "Try again" also moves the older feedback down
    second = view.feedback.value
    view.check_button.click()
    assert view.previous.value == second
    assert "previous attempt (" in view.previous_box.get_title(0)


def test_model_answer_button(home: Path, scenario) -> None:
    view = TextExerciseView(Exercise(scenario, "public-statement", learner="t5"))
    view.model_button.click()  # disabled in the page; a stray call shows nothing
    assert view.model.layout.display == "none"
    view.textarea.value = "An officer shot a man tonight."
    view.check_button.click()
    view.model_button.click()
    assert view.model.layout.display is None and "Darnell Hayes" in view.model.value
    assert view.model_button.description == "Hide model answer"
    view.model_button.click()
    assert view.model.layout.display == "none"


def test_reopening_restores_the_draft_and_the_last_feedback(home: Path, scenario) -> None:
    view = TextExerciseView(Exercise(scenario, "public-statement", learner="t6"), debounce=0.2)
    view.textarea.value = BLAMING
    view.check_button.click()
    view.textarea.value = BLAMING + " We will update you tomorrow."
    assert wait_for(lambda: saved("t6")["answer"].endswith("tomorrow."))
    # the kernel restarts: every object is new, only the file remains
    again = TextExerciseView(Exercise(SCENARIO, "public-statement", learner="t6"))
    assert again.textarea.value.endswith("We will update you tomorrow.")
    assert "restored" in again.status.value
    assert not again.model_button.disabled
    assert 'data-level="violated"' in again.previous.value  # the last check, for comparison
    assert again.feedback.value == ""
    # unchanged since the last check: the last feedback is shown as current
    third = TextExerciseView(Exercise(SCENARIO, "public-statement", learner="t7"))
    third.textarea.value = BLAMING
    third.check_button.click()
    fourth = TextExerciseView(Exercise(SCENARIO, "public-statement", learner="t7"))
    assert 'data-level="violated"' in fourth.feedback.value


def test_unsaveable_draft_is_reported_and_kept(tmp_path: Path, monkeypatch, scenario) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("TRUSTLIB_HOME", str(blocker))  # responses dir cannot be created
    with pytest.warns(UserWarning):
        view = TextExerciseView(Exercise(scenario, "public-statement", learner="t8"), debounce=0.05)
        view.textarea.value = "words that must not vanish"
    assert "Not saved to disk" in view.status.value
    assert view.ex.draft == "words that must not vanish"


# ---- steps exercises --------------------------------------------------------------------------------

def test_steps_checklist_order_and_feedback(home: Path, scenario) -> None:
    view = exercise_view(Exercise(scenario, "first-hours", learner="s1"), debounce=0.05)
    assert isinstance(view, StepsExerciseView)
    ids = [o.id for o in scenario.exercise("first-hours").options]
    assert sorted(view.checkboxes) == sorted(ids)
    for oid in ("first-statement", "release-record", "secure-evidence"):
        view.checkboxes[oid].value = True
    assert view.value() == ["first-statement", "release-record", "secure-evidence"]
    view.up_button("secure-evidence").click()
    view.up_button("secure-evidence").click()
    assert view.value() == ["secure-evidence", "first-statement", "release-record"]
    view.down_button("first-statement").click()
    assert view.value() == ["secure-evidence", "release-record", "first-statement"]
    assert view.up_button("secure-evidence").disabled and view.down_button("first-statement").disabled
    view.checkboxes["release-record"].value = False
    view.checkboxes["release-record"].value = True
    assert view.value() == ["secure-evidence", "first-statement", "release-record"]
    assert wait_for(lambda: saved("s1", f"{SCENARIO}/first-hours")["answer"] == view.value())
    view.check_button.click()
    html = view.feedback.value
    assert "Harmful step chosen" in html and "Critical step missing" in html
    assert 'data-principle="no-victim-demonizing" data-level="violated"' in html
    expected = trustlib.score_response(scenario, "first-hours", view.value())
    assert view.current.to_dict() == expected.to_dict()
    view.model_button.click()
    assert "<ol>" in view.model.value


def test_steps_order_problem_is_named(home: Path, scenario) -> None:
    view = StepsExerciseView(Exercise(scenario, "first-hours", learner="s2"))
    for oid in ("first-statement", "notify-family"):
        view.checkboxes[oid].value = True
    view.check_button.click()
    assert "Order problem" in view.feedback.value


def test_steps_draft_is_restored(home: Path, scenario) -> None:
    view = StepsExerciseView(Exercise(scenario, "first-hours", learner="s3"), debounce=0.05)
    view.checkboxes["notify-family"].value = True
    view.checkboxes["secure-evidence"].value = True
    view.debouncer.flush()
    again = StepsExerciseView(Exercise(SCENARIO, "first-hours", learner="s3"))
    assert again.value() == ["notify-family", "secure-evidence"]
    assert again.checkboxes["notify-family"].value and not again.checkboxes["release-record"].value
    assert len(again.order_box.children) == 2


# ---- start here and results ----------------------------------------------------------------------------

def test_learner_view_saves_a_safe_id(home: Path) -> None:
    view = LearnerView(Session())
    view.button.click()
    assert "Type a learner id" in view.message.value
    view.text.value = "../<b>Officer</b> 17"
    view.button.click()
    assert "<b>Officer</b>" not in view.message.value
    learner = Session().learner
    assert learner != "demo" and "/" not in learner
    assert str(responses_path(learner)) in view.message.value


def test_results_view_summarises_checked_answers(home: Path, scenario) -> None:
    session = Session(learner="r1")
    results = ResultsView(session)
    assert "No checked answers yet" in results.refresh()
    session.exercise(scenario, "public-statement").submit(BLAMING)
    session.exercise(scenario, "first-hours").submit(["secure-evidence", "notify-family"])
    results.button.click()
    html = results.table.value
    assert 'data-principle="no-victim-demonizing"' in html and 'data-level="violated"' in html
    assert "public-statement" in html and "first-hours" in html


def test_pending_draft_is_written_when_the_kernel_exits(home: Path, scenario) -> None:
    from trustlib import widgets

    view = TextExerciseView(Exercise(scenario, "public-statement", learner="t9"), debounce=60)
    view.textarea.value = "first words"
    view.textarea.value = "first words and the last ones"  # held back by the debounce
    assert saved("t9")["answer"] == "first words"
    widgets._flush_all()  # what atexit runs on shutdown or restart
    assert saved("t9")["answer"] == "first words and the last ones"
    assert view.previous_box.selected_index is None  # nothing to compare with yet


def test_kernel_restart_writes_the_last_keystrokes(home: Path) -> None:
    """In a real kernel: text still inside the debounce interval reaches the file on restart."""
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name="python3")
    km.start_kernel(env={**__import__("os").environ, "TRUSTLIB_HOME": str(home)})
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(60)
        reply = kc.execute_interactive(
            "from trustlib.exercise import Exercise\n"
            "from trustlib.widgets import TextExerciseView\n"
            "v = TextExerciseView(Exercise('harlow-creek-shooting', 'public-statement', learner='k1'),"
            " debounce=600)\n"
            "v.textarea.value = 'one'\n"
            "v.textarea.value = 'one two three'\n", timeout=60)
        assert reply["content"]["status"] == "ok"
        assert saved("k1")["answer"] == "one"
        km.restart_kernel(now=False)
        assert wait_for(lambda: saved("k1")["answer"] == "one two three", 10)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)

"""Thin ipywidgets views over :class:`trustlib.exercise.Exercise`.

Everything a view does goes through the exercise core (``submit``, ``save_draft``,
``draft``, ``model_answer``), so what an officer clicks is exactly what nbval and
papermill drive. Learner text is never put into HTML unescaped: the textarea holds
it as a value, and the feedback comes from :meth:`Report._repr_html_`, which escapes.
"""

from __future__ import annotations

import atexit
import html
import random
import threading
import time
import weakref
from datetime import datetime
from typing import Any, Callable

import ipywidgets as w

from .exercise import Exercise, Session, feedback_html, principle_summary, summary_html
from .report import Report

#: Drafts are saved at most this often while typing (seconds), and on every check.
DEBOUNCE_SECONDS = 2.0

_NOTHING = object()
_LIVE: "weakref.WeakSet[Debouncer]" = weakref.WeakSet()


@atexit.register
def _flush_all() -> None:
    """On kernel shutdown or restart: write whatever was typed in the last seconds."""
    for debouncer in list(_LIVE):
        try:
            debouncer.flush()
        except Exception:  # never block the kernel's exit
            pass


class Debouncer:
    """Calls ``save(value)`` at most once every ``interval`` seconds with the latest value.

    The first change saves at once; later changes within the interval are saved when it
    ends (on a timer thread), so the last thing typed is always written. ``flush()`` saves
    anything pending now; ``cancel()`` drops it (the caller saved it another way).
    """

    def __init__(self, save: Callable[[Any], Any], interval: float = DEBOUNCE_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self.save = save
        self.interval = interval
        self.clock = clock
        self._lock = threading.Lock()
        self._pending: Any = _NOTHING
        self._timer: threading.Timer | None = None
        self._last = float("-inf")
        _LIVE.add(self)

    def __call__(self, value: Any) -> None:
        fire_now = False
        with self._lock:
            self._pending = value
            wait = self._last + self.interval - self.clock()
            if wait <= 0 and self._timer is None:
                fire_now = True
            elif self._timer is None:
                self._timer = threading.Timer(max(wait, 0.0), self._fire)
                self._timer.daemon = True
                self._timer.start()
        if fire_now:
            self._fire()

    def _fire(self) -> None:
        with self._lock:
            value, self._pending = self._pending, _NOTHING
            self._timer = None
            if value is _NOTHING:
                return
            self._last = self.clock()
        self.save(value)

    @property
    def pending(self) -> bool:
        return self._pending is not _NOTHING

    def flush(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        self._fire()

    def cancel(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._pending = _NOTHING
            self._last = self.clock()


def _words(text: str) -> int:
    return len(text.split())


def _prompt_html(ex: Exercise) -> str:
    when = f" <span style='color:#555'>({html.escape(ex.spec.at)})</span>" if ex.spec.at else ""
    return (f"<div class='trustlib-prompt'><h4 style='margin:4px 0'>{html.escape(ex.title)}{when}</h4>"
            f"<p>{html.escape(ex.prompt)}</p></div>")


def _error_html(message: str) -> str:
    return f"<p class='trustlib-error' style='color:#D55E00'>✖ {html.escape(message)}</p>"


class _BaseView:
    """What text and steps views share: buttons, feedback, previous attempt, model answer, saving."""

    answer_label = "answer"

    def __init__(self, ex: Exercise, *, debounce: float = DEBOUNCE_SECONDS, show_last: bool = True):
        self.ex = ex
        self.prompt = w.HTML(_prompt_html(ex))
        self.status = w.HTML("", layout=w.Layout(margin="0 0 4px 0"))
        self.check_button = w.Button(description="Check my answer", button_style="primary",
                                     icon="check", tooltip="Score this answer against the guidance",
                                     layout=w.Layout(width="auto"))
        self.retry_button = w.Button(description="Try again", icon="redo",
                                     tooltip="Keep this feedback for comparison and revise your answer",
                                     layout=w.Layout(width="auto", display="none"))
        self.model_button = w.Button(description="Show model answer", icon="book",
                                     tooltip="Offered after your first attempt", disabled=True,
                                     layout=w.Layout(width="auto"))
        self.feedback = w.HTML("")
        self.previous = w.HTML("")
        self.previous_box = w.Accordion(children=[self.previous], layout=w.Layout(display="none"))
        self.previous_box.set_title(0, "Your previous attempt")
        self.model = w.HTML("", layout=w.Layout(display="none"))
        self.check_button.on_click(self._on_check)
        self.retry_button.on_click(self._on_retry)
        self.model_button.on_click(self._on_model)
        self.debouncer = Debouncer(self._save_draft, interval=debounce)
        self.current: Report | None = None
        for problem in ex.store.problems:
            self._show_problem(problem)
        if ex.attempted:
            self.model_button.disabled = False
            if show_last:
                self._restore_feedback()

    # ---- subclasses provide
    def value(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _editor(self) -> list[w.Widget]:  # pragma: no cover - abstract
        raise NotImplementedError

    # ---- layout
    @property
    def widget(self) -> w.VBox:
        if getattr(self, "_box", None) is None:
            buttons = w.HBox([self.check_button, self.retry_button, self.model_button])
            self._box = w.VBox([self.prompt, *self._editor(), self.status, buttons, self.feedback,
                                self.previous_box, self.model], layout=w.Layout(width="100%"))
            self._box.add_class("trustlib-exercise")
        return self._box

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)

    # ---- saving
    def _save_draft(self, value: Any) -> None:
        ok = self.ex.save_draft(value)
        stamp = datetime.now().strftime("%H:%M:%S")
        if ok:
            self._set_status(f"Draft saved at {stamp}.")
        else:
            problem = self.ex.store.problems[-1] if self.ex.store.problems else "it could not be written"
            self._set_status(f"Not saved to disk yet ({problem}); it is kept while this page is open.",
                             error=True)

    def _set_status(self, text: str, error: bool = False) -> None:
        colour = "#D55E00" if error else "#555"
        self.status.value = f"<span style='color:{colour};font-size:90%'>{html.escape(text)}</span>"

    def _show_problem(self, problem: str) -> None:
        self.feedback.value = _error_html(problem)

    def _changed(self, value: Any) -> None:
        self._set_status("Saving draft…")
        self.debouncer(value)

    # ---- feedback
    def _restore_feedback(self) -> None:
        """On reopening: show the latest checked attempt (and the one before, for comparison)."""
        try:
            last = self.ex.last_report
            previous = self.ex.previous_report()
        except Exception as exc:  # a stored answer the scorer refuses must not break the page
            self.feedback.value = _error_html(f"Your last checked answer could not be scored again: {exc}")
            return
        if last is None:
            return
        if last.answer == self.value():
            self._show_current(last)
            if previous is not None:
                self._show_previous(previous)
        else:  # edited since the last check: that check is now the previous attempt
            self._show_previous(last)
            self.retry_button.layout.display = None

    def _show_current(self, report: Report) -> None:
        self.current = report
        self.feedback.value = feedback_html(report)
        self.retry_button.layout.display = None

    def _show_previous(self, report: Report) -> None:
        self.previous.value = feedback_html(report)
        self.previous_box.set_title(0, f"Your previous attempt ({report.overall:.0f}/100)")
        self.previous_box.selected_index = 0  # open: it is there to compare with
        self.previous_box.layout.display = None

    def _on_check(self, _button: Any = None) -> Report | None:
        self.debouncer.cancel()  # submit saves the answer itself
        value = self.value()
        try:
            report = self.ex.submit(value)
        except Exception as exc:
            self.feedback.value = _error_html(f"This answer could not be checked: {exc}")
            self.debouncer.flush()
            self._save_draft(value)
            return None
        if self.current is not None:
            self._show_previous(self.current)
        self._show_current(report)
        self.model_button.disabled = False
        stamp = datetime.now().strftime("%H:%M:%S")
        if self.ex.store.read_only:
            self._set_status(f"Checked at {stamp} (grading: not written to the learner's file).")
        elif self.ex.store.problems and self.ex.store._dirty:
            self._set_status(f"Checked at {stamp}, but not saved to disk: {self.ex.store.problems[-1]}", error=True)
        else:
            self._set_status(f"Checked and saved at {stamp}.")
        return report

    def _on_retry(self, _button: Any = None) -> None:
        if self.current is not None:
            self._show_previous(self.current)
            self.current = None
        self.feedback.value = ("<p class='trustlib-retry'>Revise your answer above, then click "
                               "<b>Check my answer</b> again. Your previous attempt stays below for comparison.</p>")
        self.retry_button.layout.display = "none"

    def _on_model(self, _button: Any = None) -> None:
        model = self.ex.model_answer_html()
        if model is None:
            return
        if self.model.layout.display == "none":
            self.model.value = model
            self.model.layout.display = None
            self.model_button.description = "Hide model answer"
        else:
            self.model.layout.display = "none"
            self.model_button.description = "Show model answer"


class TextExerciseView(_BaseView):
    """A free-text exercise: a statement, a message, a plan or a reflection."""

    def __init__(self, ex: Exercise, **kwargs: Any):
        draft = ex.draft
        self.textarea = w.Textarea(value=draft if isinstance(draft, str) else "",
                                   placeholder="Type your answer here.", continuous_update=True,
                                   layout=w.Layout(width="100%", height="14em"))
        self.words = w.HTML("")
        super().__init__(ex, **kwargs)
        self._count()
        self.textarea.observe(self._on_value, names="value")
        if draft:
            self._set_status("Your saved draft was restored.")

    def value(self) -> str:
        return self.textarea.value

    def _editor(self) -> list[w.Widget]:
        return [self.textarea, self.words]

    def _count(self) -> None:
        n = _words(self.textarea.value)
        aim = getattr(self.ex.spec, "min_words", 0)
        hint = f" (aim for at least {aim})" if aim else ""
        self.words.value = f"<span style='color:#555;font-size:90%'>{n} word{'s' if n != 1 else ''}{hint}</span>"

    def _on_value(self, change: dict[str, Any]) -> None:
        self._count()
        self._changed(change["new"])


class StepsExerciseView(_BaseView):
    """Choose steps from a checklist, then put them in order with up and down buttons."""

    def __init__(self, ex: Exercise, **kwargs: Any):
        self.options = {o.id: o for o in ex.spec.options}
        shown = list(self.options)
        random.Random(ex.key).shuffle(shown)  # the file's order would give the answer away
        draft = ex.draft
        self.chosen: list[str] = [oid for oid in draft if oid in self.options] if isinstance(draft, list) else []
        self.checkboxes: dict[str, w.Checkbox] = {}
        rows = []
        for oid in shown:
            box = w.Checkbox(value=oid in self.chosen, indent=False, description="",
                             tooltip=self.options[oid].text, layout=w.Layout(width="2.2em"))
            box.observe(self._toggled(oid), names="value")
            self.checkboxes[oid] = box
            rows.append(w.HBox([box, w.HTML(html.escape(self.options[oid].text),
                                             layout=w.Layout(flex="1 1 auto"))]))
        self.checklist = w.VBox(rows)
        self.order_box = w.VBox([])
        super().__init__(ex, **kwargs)
        self._render_order()
        if self.chosen:
            self._set_status("Your saved choices were restored.")

    def value(self) -> list[str]:
        return list(self.chosen)

    def _editor(self) -> list[w.Widget]:
        limit = self.ex.spec.max_choices
        hint = f" (at most {limit})" if limit else ""
        return [w.HTML(f"<b>1. Tick the steps you would take{hint}</b>"), self.checklist,
                w.HTML("<b>2. Put them in order</b> (first at the top)"), self.order_box]

    def _toggled(self, oid: str) -> Callable[[dict[str, Any]], None]:
        def handler(change: dict[str, Any]) -> None:
            if change["new"] and oid not in self.chosen:
                self.chosen.append(oid)
            elif not change["new"] and oid in self.chosen:
                self.chosen.remove(oid)
            self._render_order()
            self._changed(self.value())
        return handler

    def move(self, oid: str, delta: int) -> None:
        """Move a chosen step up (-1) or down (+1)."""
        i = self.chosen.index(oid)
        j = min(max(i + delta, 0), len(self.chosen) - 1)
        if i != j:
            self.chosen[i], self.chosen[j] = self.chosen[j], self.chosen[i]
            self._render_order()
            self._changed(self.value())

    def _render_order(self) -> None:
        rows = []
        for n, oid in enumerate(self.chosen, start=1):
            text = self.options[oid].text
            up = w.Button(description="↑", tooltip=f"Move up: {text}", layout=w.Layout(width="2.6em"),
                          disabled=n == 1)
            down = w.Button(description="↓", tooltip=f"Move down: {text}", layout=w.Layout(width="2.6em"),
                            disabled=n == len(self.chosen))
            up.on_click(lambda _b, oid=oid: self.move(oid, -1))
            down.on_click(lambda _b, oid=oid: self.move(oid, +1))
            label = w.HTML(f"<b>{n}.</b> {html.escape(text)}", layout=w.Layout(flex="1 1 auto"))
            row = w.HBox([up, down, label])
            row.add_class("trustlib-step")
            rows.append(row)
        if not rows:
            rows = [w.HTML("<i style='color:#555'>No steps chosen yet.</i>")]
        self.order_box.children = rows

    def up_button(self, oid: str) -> w.Button:
        """The ↑ button of a chosen step (for tests and keyboard users)."""
        return self.order_box.children[self.chosen.index(oid)].children[0]

    def down_button(self, oid: str) -> w.Button:
        return self.order_box.children[self.chosen.index(oid)].children[1]


def exercise_view(ex: Exercise, *, recorded: bool = False, debounce: float = DEBOUNCE_SECONDS) -> _BaseView:
    """The view for an exercise: text or steps. ``recorded``: the notebook already shows the feedback."""
    cls = StepsExerciseView if ex.is_steps else TextExerciseView
    return cls(ex, debounce=debounce, show_last=not recorded)


class LearnerView:
    """*Start here*: choose a learner id; it is kept for the other modules."""

    def __init__(self, session: Session):
        from .exercise import current_learner

        self.session = session
        self.text = w.Text(value="" if session.learner == "demo" else session.learner,
                           placeholder="e.g. your badge number or initials", description="Learner id:")
        self.button = w.Button(description="Save my learner id", button_style="primary", icon="save",
                               layout=w.Layout(width="auto"))
        self.message = w.HTML("")
        self.button.on_click(self._on_save)
        self._current = current_learner

    def _on_save(self, _button: Any = None) -> str | None:
        from .exercise import set_current_learner
        from .responses import responses_path

        raw = self.text.value.strip()
        if not raw:
            self.message.value = _error_html("Type a learner id first.")
            return None
        try:
            safe = set_current_learner(raw)
        except OSError as exc:
            self.message.value = _error_html(f"Could not save it: {exc}")
            return None
        changed = "" if safe == raw else f" (kept as <b>{html.escape(safe)}</b>, safe as a file name)"
        self.message.value = (f"<p>Saved{changed}. The other modules will keep your answers in "
                              f"<code>{html.escape(str(responses_path(safe)))}</code>. "
                              "Run a module again (or reopen it) to pick up the new id.</p>")
        return safe

    @property
    def widget(self) -> w.VBox:
        return w.VBox([w.HBox([self.text, self.button]), self.message])

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


class ResultsView:
    """The capstone's closing debrief: the learner's latest checked answers, principle by principle."""

    def __init__(self, session: Session, keys: list[str] | None = None):
        self.session = session
        self.keys = keys
        self.button = w.Button(description="Show my results", button_style="primary", icon="table",
                               layout=w.Layout(width="auto"))
        self.table = w.HTML("")
        self.button.on_click(self.refresh)

    def reports(self) -> list[Report]:
        from . import score_response
        from .exercise import _load

        store = self.session.store
        store.reload()
        reports = []
        for key in (self.keys if self.keys is not None else store.keys()):
            attempts = store.attempts(key)
            if not attempts:
                continue
            scenario_id, _, exercise_id = key.partition("/")
            try:
                reports.append(score_response(_load(scenario_id), exercise_id, attempts[-1]["answer"]))
            except Exception:  # a scenario removed since, or an answer it no longer takes
                continue
        return reports

    def refresh(self, _button: Any = None) -> str:
        self.table.value = summary_html(principle_summary(self.reports()))
        return self.table.value

    @property
    def widget(self) -> w.VBox:
        return w.VBox([self.button, self.table])

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def show_results(session: Session, keys: list[str] | None = None) -> None:
    """Display the learner's results across principles (as a table at once when grading headlessly)."""
    from IPython.display import HTML, display

    view = ResultsView(session, keys)
    view.refresh()
    if session.headless:
        display(HTML(view.table.value))
    else:
        display(view)
    session.views["results"] = view


__all__ = ["show_results", "Debouncer", "TextExerciseView", "StepsExerciseView", "exercise_view", "LearnerView", "ResultsView",
           "DEBOUNCE_SECONDS"]

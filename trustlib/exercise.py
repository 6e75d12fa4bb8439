"""One exercise for one learner, in plain Python: what the widgets, nbval and papermill all drive.

``Exercise(scenario, exercise_id, learner=..., store=...)``:

- ``.submit(answer) -> Report`` scores with :func:`trustlib.score_response`, saves the
  attempt in the learner's responses file and remembers the report;
- ``.save_draft(answer)`` / ``.draft`` keep what the learner is writing;
- ``.model_answer`` is offered only after a first attempt (None before);
- ``.record(report)`` displays the scored answer as data (MIME type :data:`RECORD_MIME`)
  and as HTML, so an executed notebook carries its scores; :func:`read_records` reads them
  back from an ``.ipynb`` file without executing anything.

:class:`Session` is what a module notebook needs: who the learner is, where the answers
are kept, and (for papermill) the answers to grade.
"""

from __future__ import annotations

import html
import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from .errors import ExerciseError
from .report import Report
from .responses import (DEFAULT_LEARNER, HOME_ENV, Answer, ResponsesStore, key_for, safe_learner_id,
                        trustlib_home)
from .scenario import Scenario, StepsExercise

#: MIME type of the record an executed notebook carries for every scored answer.
RECORD_MIME = "application/vnd.trustlib.record+json"
#: Environment variable that names the learner when a module's ``learner`` parameter is None.
LEARNER_ENV = "TRUSTLIB_LEARNER"
#: File (in trustlib's home) where *Start here* keeps the learner id for the other modules.
LEARNER_FILE = "learner.txt"

_URL = re.compile(r"https?://[^\s'\"<>]+")


def _load(scenario: Scenario | str | Path) -> Scenario:
    if isinstance(scenario, Scenario):
        return scenario
    from .scenarios import load_scenario

    return _cached_scenario(str(scenario)) if isinstance(scenario, str) else load_scenario(scenario)


@lru_cache(maxsize=32)
def _cached_scenario(ref: str) -> Scenario:
    from .scenarios import load_scenario

    return load_scenario(ref)


def normalise_answer(spec: Any, answer: Any) -> Answer:
    """An answer in the form the responses file keeps: text, or a list of option ids."""
    if isinstance(spec, StepsExercise):
        if isinstance(answer, str):
            return [a.strip() for a in answer.split(",") if a.strip()]
        if isinstance(answer, (list, tuple)) and all(isinstance(a, str) for a in answer):
            return list(answer)
        raise ExerciseError(f"exercise {spec.id!r} takes a list of option ids, in order")
    if answer is None:
        return ""
    if not isinstance(answer, str):
        raise ExerciseError(f"exercise {spec.id!r} takes text, not {type(answer).__name__}")
    return answer


# ---- the principles' own text, for the feedback ------------------------------------------------

def principle_source_url(principle_id: str) -> str | None:
    """The address of the source a principle rests on (from the rubric), if it gives one."""
    from .rubric import load_rubric

    try:
        match = _URL.search(load_rubric().get(principle_id).source)
    except KeyError:
        return None
    return match.group(0).rstrip(".,;)") if match else None


def principles_html(principle_ids: list[str]) -> str:
    """A collapsible block with each principle's text, excerpt and a link to its source."""
    from .rubric import load_rubric

    rubric = load_rubric()
    items = []
    for pid in principle_ids:
        try:
            p = rubric.get(pid)
        except KeyError:
            continue
        url = principle_source_url(pid)
        link = (f' <a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">'
                "Read the guidance</a>") if url else ""
        items.append(
            f'<li id="trustlib-principle-{html.escape(pid)}" data-principle-text="{html.escape(pid)}">'
            f"<b>{html.escape(p.title)}</b> (<code>{html.escape(pid)}</code>): {html.escape(p.description)}"
            f"<br><span style='color:#555'>{html.escape(p.excerpt)}</span>{link}</li>"
        )
    if not items:
        return ""
    return ("<details class='trustlib-principles' style='margin-top:6px'><summary>What the guidance says "
            f"about these principles</summary><ul>{''.join(items)}</ul></details>")


def feedback_html(report: Report) -> str:
    """The report's HTML with, for each principle, a link to its text and source."""
    body = report._repr_html_()
    for pid in report.applicable():
        code = f"<code>{html.escape(pid)}</code>"
        url = principle_source_url(pid)
        if url:
            link = (f'{code} <a class="trustlib-principle-link" href="{html.escape(url, quote=True)}" '
                    f'target="_blank" rel="noopener noreferrer" title="The guidance this principle rests on">'
                    "guidance ↗</a>")
            body = body.replace(code, link, 1)
    return body + principles_html(list(report.applicable()))


def model_answer_html(spec: Any) -> str:
    """The exercise's model answer as HTML (steps: numbered, with why each matters)."""
    if isinstance(spec, StepsExercise):
        options = {o.id: o for o in spec.options}
        rows = "".join(
            f"<li><b>{html.escape(options[oid].text)}</b><br><i>{html.escape(options[oid].why)}</i></li>"
            for oid in spec.model_answer if oid in options
        )
        harmful = "".join(f"<li>{html.escape(o.text)}<br><i>{html.escape(o.why)}</i></li>"
                          for o in spec.options if o.harmful)
        extra = f"<p><b>Steps that would do harm</b></p><ul>{harmful}</ul>" if harmful else ""
        return f"<div class='trustlib-model-answer'><p><b>A strong plan, in order</b></p><ol>{rows}</ol>{extra}</div>"
    text = html.escape(str(spec.model_answer)).replace("\n\n", "</p><p>").replace("\n", " ")
    return (f"<div class='trustlib-model-answer' style='border-left:3px solid #009E73;padding:4px 8px'>"
            f"<p><b>A model answer</b> (one strong way to do it, not the only one)</p><p>{text}</p></div>")


# ---- the exercise -------------------------------------------------------------------------------

class Exercise:
    """One exercise of one scenario, for one learner."""

    def __init__(self, scenario: Scenario | str | Path, exercise_id: str, learner: object = DEFAULT_LEARNER,
                 store: ResponsesStore | None = None):
        self.scenario = _load(scenario)
        self.spec = self.scenario.exercise(exercise_id)
        self.store = store if store is not None else ResponsesStore(learner)
        self.learner = self.store.learner if store is not None else safe_learner_id(learner)
        #: Reports of the attempts checked in this session, oldest first.
        self.reports: list[Report] = []

    # ---- identity
    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def key(self) -> str:
        """The stable key in the responses file: ``<scenario-id>/<exercise-id>``."""
        return key_for(self.scenario.id, self.spec.id)

    @property
    def kind(self) -> str:
        return self.spec.kind

    @property
    def is_steps(self) -> bool:
        return isinstance(self.spec, StepsExercise)

    @property
    def title(self) -> str:
        return self.spec.title

    @property
    def prompt(self) -> str:
        return self.spec.prompt

    # ---- drafts
    @property
    def draft(self) -> Answer | None:
        """The latest answer saved (a draft or a checked one), or None."""
        return self.store.answer(self.key)

    def save_draft(self, answer: Any) -> bool:
        """Keep the learner's work in progress. True when it reached the disk."""
        return self.store.save_draft(self.key, normalise_answer(self.spec, answer))

    # ---- attempts
    def score(self, answer: Any) -> Report:
        """Score without saving anything."""
        from . import score_response

        return score_response(self.scenario, self.spec.id, normalise_answer(self.spec, answer))

    def submit(self, answer: Any) -> Report:
        """Score ``answer``, save it as an attempt and return the report."""
        answer = normalise_answer(self.spec, answer)
        report = self.score(answer)
        self.store.add_attempt(self.key, answer, report.overall)
        self.reports.append(report)
        return report

    @property
    def attempts(self) -> list[dict[str, Any]]:
        """Checked attempts kept in the responses file (this and earlier sessions), oldest first."""
        return self.store.attempts(self.key)

    @property
    def attempted(self) -> bool:
        return bool(self.reports) or bool(self.attempts)

    @property
    def last_report(self) -> Report | None:
        """The report of the latest attempt (re-scored when it was made in an earlier session)."""
        if self.reports:
            return self.reports[-1]
        attempts = self.attempts
        return self.score(attempts[-1]["answer"]) if attempts else None

    def previous_report(self) -> Report | None:
        """The report of the attempt before the latest, for comparison."""
        if len(self.reports) >= 2:
            return self.reports[-2]
        attempts = self.attempts
        if len(attempts) >= 2:
            return self.score(attempts[-2]["answer"])
        return None

    @property
    def model_answer(self) -> Answer | None:
        """The model answer, offered only once the learner has made an attempt (None before)."""
        if not self.attempted:
            return None
        answer = self.spec.model_answer
        return list(answer) if isinstance(answer, list) else answer

    def model_answer_html(self) -> str | None:
        return model_answer_html(self.spec) if self.attempted else None

    # ---- records
    def record_bundle(self, report: Report) -> dict[str, Any]:
        """The data recorded in a notebook for one scored answer."""
        return {"learner": self.learner, "scenario": report.scenario, "exercise": report.exercise,
                "answer": report.answer, "report": report.to_dict()}

    def record(self, report: Report) -> dict[str, Any]:
        """Display the record (data + HTML + text) in the notebook; return the bundle."""
        from IPython.display import display

        bundle = self.record_bundle(report)
        display({RECORD_MIME: bundle, "text/html": feedback_html(report), "text/plain": report.to_text()},
                raw=True)
        return bundle

    def __repr__(self) -> str:
        return f"Exercise({self.scenario.id!r}, {self.spec.id!r}, learner={self.learner!r})"


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """Every record (``{"learner", "scenario", "exercise", "answer", "report"}``) in a saved
    notebook, in cell order. The notebook is read with nbformat and never executed."""
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    records = []
    for cell in nb.cells:
        for output in cell.get("outputs", []) or []:
            data = output.get("data") if isinstance(output, dict) else None
            if isinstance(data, dict) and RECORD_MIME in data:
                record = data[RECORD_MIME]
                if isinstance(record, str):
                    record = json.loads(record)
                records.append(dict(record))
    return records


# ---- a module notebook's session ----------------------------------------------------------------

def learner_file(home: str | Path | None = None) -> Path:
    return (Path(home) if home is not None else trustlib_home()) / LEARNER_FILE


def current_learner(home: str | Path | None = None) -> str:
    """The learner id: ``$TRUSTLIB_LEARNER``, else the one saved by *Start here*, else ``demo``."""
    env = os.environ.get(LEARNER_ENV, "").strip()
    if env:
        return safe_learner_id(env)
    try:
        saved = learner_file(home).read_text(encoding="utf-8").strip()
    except OSError:
        saved = ""
    return safe_learner_id(saved) if saved else DEFAULT_LEARNER


def set_current_learner(learner: object, home: str | Path | None = None) -> str:
    """Remember ``learner`` for the other modules; returns the safe id kept."""
    safe = safe_learner_id(learner)
    path = learner_file(home)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(safe + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return safe


def parse_answers(answers: Any) -> dict[str, Any] | None:
    """The ``answers`` parameter: a dict, or its JSON text (as ``papermill -p`` passes it)."""
    if answers is None or answers == "":
        return None
    if isinstance(answers, str):
        try:
            answers = json.loads(answers)
        except ValueError as exc:
            raise ValueError(f"answers must be a JSON object {{exercise-id: answer}}: {exc}") from None
    if not isinstance(answers, Mapping):
        raise ValueError("answers must be a mapping {exercise-id: answer}")
    return dict(answers)


class Session:
    """What a module notebook needs, built from its ``parameters`` cell.

    - ``learner``: the learner id; None means the one chosen in *Start here* (else ``demo``);
    - ``responses``: a responses file to grade (papermill); read, never written;
    - ``answers``: ``{exercise-id: answer}`` (or ``"<scenario>/<exercise>"`` keys) to grade; a bare
      exercise id refers to the module's main ``scenario`` when one is given.

    With neither ``responses`` nor ``answers`` the session is interactive: answers are kept in
    the learner's own responses file (``$TRUSTLIB_HOME/responses/<learner>.json``).
    """

    def __init__(self, learner: object = None, responses: str | Path | None = None, answers: Any = None,
                 home: str | Path | None = None, scenario: str | None = None):
        self.answers = parse_answers(answers)
        self.main_scenario = scenario
        self.headless = responses not in (None, "") or self.answers is not None
        if responses not in (None, ""):
            probe = ResponsesStore(learner or DEFAULT_LEARNER, path=responses, read_only=True)
            file_learner = probe.data.get("learner")
            self.learner = safe_learner_id(learner if learner not in (None, "") else file_learner)
            self.store = ResponsesStore(self.learner, path=responses, read_only=True)
        else:
            self.learner = safe_learner_id(learner) if learner not in (None, "") else current_learner(home)
            self.store = ResponsesStore(self.learner, home=home, read_only=self.headless)
        self._exercises: dict[str, Exercise] = {}
        #: The exercise views shown, by exercise key.
        self.views: dict[str, Any] = {}

    def exercise(self, scenario: Scenario | str, exercise_id: str) -> Exercise:
        """The exercise (one object per key for the whole session)."""
        sc = _load(scenario)
        key = key_for(sc.id, exercise_id)
        if key not in self._exercises:
            self._exercises[key] = Exercise(sc, exercise_id, learner=self.learner, store=self.store)
        return self._exercises[key]

    def given_answer(self, ex: Exercise) -> Answer | None:
        """The answer this session grades for ``ex``: inline answers first, then the responses file."""
        if self.answers is not None:
            keys = [ex.key]
            if self.main_scenario in (None, ex.scenario.id):
                keys.append(ex.id)
            for key in keys:
                if key in self.answers and self.answers[key] is not None:
                    return normalise_answer(ex.spec, self.answers[key])
            return None
        if self.headless:
            return ex.draft
        return None

    def grade(self, scenario: Scenario | str, exercise_id: str) -> Report | None:
        """Headless: score the given answer (if any) and record it in the notebook."""
        ex = self.exercise(scenario, exercise_id)
        answer = self.given_answer(ex)
        if answer is None:
            return None
        report = ex.submit(answer)
        ex.record(report)
        return report

    def show(self, scenario: Scenario | str, exercise_id: str) -> None:
        """What a module's exercise cell calls: grade any given answer, then show the exercise.

        Returns None (a returned view would be displayed a second time as the cell's value);
        the view is kept in :attr:`views` under the exercise key.
        """
        from IPython.display import display

        from .widgets import exercise_view

        ex = self.exercise(scenario, exercise_id)
        report = self.grade(scenario, exercise_id) if self.headless else None
        view = exercise_view(ex, recorded=report is not None)
        self.views[ex.key] = view
        display(view)

    def brief(self, scenario: Scenario | str, at: str | None = None) -> None:
        """Display the scenario briefing (as of ``at``)."""
        from IPython.display import HTML, display

        from .briefing import brief_html

        display(HTML(brief_html(_load(scenario), at)))

    def inject(self, scenario: Scenario | str, at: str) -> None:
        """Display what is new at ``at`` in a branching scenario."""
        from IPython.display import HTML, display

        from .briefing import inject_html

        display(HTML(inject_html(_load(scenario), at)))

    def example(self, scenario: Scenario | str, exercise_id: str, answer: Any) -> Report:
        """Display the feedback a given (example) answer gets; nothing is saved or recorded."""
        from IPython.display import HTML, display

        from . import score_response

        sc = _load(scenario)
        report = score_response(sc, exercise_id, normalise_answer(sc.exercise(exercise_id), answer))
        display(HTML(f"<div class='trustlib-example'>{feedback_html(report)}</div>"))
        return report

    def status_html(self) -> str:
        """Who is working and where the answers are kept, for the top of a module."""
        where = html.escape(str(self.store.path))
        who = html.escape(self.learner)
        if self.headless:
            return (f"<p class='trustlib-status'>Grading the answers of <b>{who}</b> "
                    f"(nothing is written to their responses file).</p>")
        note = "" if self.learner != DEFAULT_LEARNER else (
            " You are working as the <b>demo</b> learner: choose your own id in <i>Start here</i> "
            "so your answers are kept under your name.")
        return (f"<p class='trustlib-status'>Working as <b>{who}</b>. Your answers are saved as you type "
                f"and every time you check them, in <code>{where}</code>.{note}</p>")

    def status(self) -> None:
        from IPython.display import HTML, display

        display(HTML(self.status_html()))

    def summary(self) -> dict[str, dict[str, Any]]:
        """For each principle: the best level the learner reached in this session's exercises."""
        return principle_summary([ex.last_report for ex in self._exercises.values()])


_LEVEL_RANK = {"violated": 0, "missed": 1, "partial": 2, "met": 3}


def principle_summary(reports: list[Report | None]) -> dict[str, dict[str, Any]]:
    """Per principle over several reports: latest level per exercise, the mean score, where it was met."""
    out: dict[str, dict[str, Any]] = {}
    for report in reports:
        if report is None:
            continue
        for pid, r in report.applicable().items():
            row = out.setdefault(pid, {"scores": [], "levels": {}, "title": report.principle_titles.get(pid, pid)})
            if r.score is not None:
                row["scores"].append(r.score)
            row["levels"][report.exercise] = r.level
    for row in out.values():
        row["mean"] = round(100 * sum(row["scores"]) / len(row["scores"]), 1) if row["scores"] else None
    return out


def summary_html(summary: dict[str, dict[str, Any]]) -> str:
    """A table of :func:`principle_summary`: level per exercise in colour and words."""
    from .report import LEVEL_STYLE

    if not summary:
        return "<p>No checked answers yet: check at least one answer above to see your results here.</p>"
    exercises: list[str] = []
    for row in summary.values():
        for ex in row["levels"]:
            if ex not in exercises:
                exercises.append(ex)
    head = "".join(f"<th>{html.escape(e)}</th>" for e in exercises)
    body = []
    for pid, row in summary.items():
        cells = []
        for ex in exercises:
            level = row["levels"].get(ex)
            if level is None:
                cells.append("<td></td>")
                continue
            colour, symbol, word = LEVEL_STYLE[level]
            cells.append(f'<td data-level="{level}" style="color:{colour};font-weight:bold">{symbol} {word}</td>')
        mean = "" if row["mean"] is None else f"{row['mean']:.0f}"
        body.append(f'<tr data-principle="{html.escape(pid)}"><td><b>{html.escape(row["title"])}</b><br>'
                    f"<code>{html.escape(pid)}</code></td>{''.join(cells)}<td>{mean}</td></tr>")
    return (f"<table class='trustlib-summary'><thead><tr><th>Principle</th>{head}<th>Mean /100</th></tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


__all__ = ["Exercise", "Session", "RECORD_MIME", "read_records", "feedback_html", "principles_html",
           "model_answer_html", "current_learner", "set_current_learner", "principle_summary", "summary_html",
           "HOME_ENV"]

"""Feedback reports: one self-contained HTML page per learner and a cohort summary page.

Pages carry their own CSS, no scripts and no external resources, so they can be e-mailed,
uploaded to an LMS or opened from a USB stick. Every piece of learner text (answers, ids,
file names, evidence) is HTML-escaped. Each answer and its feedback are rendered exactly as
the modules show them (:func:`trustlib.exercise.feedback_html` over ``Report._repr_html_``,
which highlights the evidence in the answer; :func:`trustlib.exercise.model_answer_html`).
Levels are shown with the Okabe-Ito colour *and* a symbol and a word, never colour alone.
"""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from ..errors import ExerciseError, ScenarioError
from ..exercise import feedback_html, model_answer_html
from ..report import LEVEL_STYLE
from ..scenario import Scenario, StepsExercise, TextExercise
from .analysis import CohortData, common_violations, load_cohort, needs_follow_up, principle_matrix, worst
from .catalog import ScenarioCatalog
from .files import write_atomic
from .gradebook import Gradebook, StoredSubmission
from .ids import path_inside

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:70em;margin:1.5em auto;
 padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top}
th{background:#f3f3f3;text-align:left}.prompt{color:#444;font-style:italic}
.level{font-weight:bold;white-space:nowrap;color:#000}.muted{color:#666}
details{margin:.5em 0}summary{cursor:pointer;font-weight:bold}
.model{border-left:3px solid #009E73;padding:4px 8px;background:#f4fbf8}
.legend span{margin-right:1em;white-space:nowrap}
@media print{details{display:block}summary{display:none}}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def level_badge(level: str, score: float | None = None) -> str:
    """A level as a coloured cell content with its symbol and word (colour is never the only cue)."""
    colour, symbol, word = LEVEL_STYLE.get(level, LEVEL_STYLE["na"])
    extra = f" ({score * 100:.0f})" if score is not None else ""
    return (f'<span class="level" style="border-left:6px solid {colour};padding-left:4px" '
            f'data-level="{_e(level)}">{symbol} {_e(word)}{extra}</span>')


def legend() -> str:
    """The level legend."""
    return "<p class='legend'>" + "".join(
        f"<span>{level_badge(level)}</span>" for level in ("met", "partial", "missed", "violated")) + "</p>"


def _page(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>{body}</body></html>\n")


def _exercise(catalog: ScenarioCatalog, sub: StoredSubmission) -> tuple[Scenario, TextExercise | StepsExercise] | None:
    try:
        scenario = catalog.get(sub.scenario)
        return scenario, scenario.exercise(sub.exercise)
    except (ScenarioError, ExerciseError):
        return None


def _chosen_steps(exercise: TextExercise | StepsExercise | None, answer: object) -> str:
    """A steps answer as the option texts, in the order chosen."""
    if not isinstance(answer, list):
        return ""
    texts = {o.id: o.text for o in exercise.options} if isinstance(exercise, StepsExercise) else {}
    items = "".join(f"<li>{_e(texts.get(oid, oid))} <code class='muted'>{_e(oid)}</code></li>" for oid in answer)
    return f"<p><b>Steps chosen, in order:</b></p><ol class='trustlib-steps'>{items}</ol>"


def learner_page(data: CohortData, learner: str, catalog: ScenarioCatalog) -> str:
    """The feedback page of one learner: each current answer with its evidence, levels,
    suggestions and the model answer; earlier attempts; an overview per principle."""
    current = [s for s in data.current if s.learner == learner]
    earlier = [s for s in data.history if s.learner == learner and s.superseded]
    parts = [f"<h1>Feedback for {_e(learner)}</h1>",
             f"<p class='muted'>Cohort {_e(data.cohort)} · {len(current)} exercise(s) graded"
             + (f" · scorer {_e(current[0].report.scorer_version)}" if current else "") + "</p>",  # type: ignore[union-attr]
             legend()]
    if current:
        rows = "".join(
            f"<tr><td><a href='#{_e(s.key)}'>{_e(s.key)}</a></td><td>{s.report.overall:.0f}/100</td></tr>"  # type: ignore[union-attr]
            for s in current)
        parts.append(f"<table><thead><tr><th>Exercise</th><th>Overall</th></tr></thead><tbody>{rows}</tbody></table>")
        # Overview: one row per principle, one column per exercise.
        head = "".join(f"<th>{_e(s.key)}</th>" for s in current)
        body = []
        for pid in data.principles:
            cells = []
            for s in current:
                r = s.report.principles.get(pid)  # type: ignore[union-attr]
                cells.append(f"<td>{level_badge(r.level, r.score) if r and r.level != 'na' else '<span class=muted>–</span>'}</td>")
            body.append(f"<tr><th>{_e(data.titles.get(pid, pid))}<br><code>{_e(pid)}</code></th>{''.join(cells)}</tr>")
        parts.append("<h2>Principles at a glance</h2>"
                     f"<table class='overview'><thead><tr><th>Principle</th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")
    else:
        parts.append("<p>No graded answers yet.</p>")
    for sub in current:
        found = _exercise(catalog, sub)
        scenario, exercise = found if found else (None, None)
        heading = f"{_e(scenario.title)} — {_e(exercise.title)}" if scenario and exercise else _e(sub.key)
        prompt = _e(exercise.prompt) if exercise else ""
        model = model_answer_html(exercise) if exercise else ""
        report = sub.report
        report.principle_titles = data.titles  # type: ignore[union-attr]
        when = sub.effective_at.strftime("%Y-%m-%d %H:%M UTC")
        history = [s for s in earlier if s.key == sub.key]
        attempts = ""
        if history:
            rows = "".join(
                f"<tr><td>{_e(s.effective_at.strftime('%Y-%m-%d %H:%M'))}</td><td>{s.report.overall:.0f}/100</td>"  # type: ignore[union-attr]
                f"<td>{level_badge(worst([r.level for r in s.report.applicable().values()]))}</td></tr>"  # type: ignore[union-attr]
                for s in history)
            attempts = (f"<details><summary>Earlier attempts ({len(history)})</summary><table><thead><tr>"
                        f"<th>When</th><th>Overall</th><th>Worst level</th></tr></thead><tbody>{rows}</tbody>"
                        "</table></details>")
        parts.append(
            f"<section id='{_e(sub.key)}' class='exercise'><h2>{heading}</h2>"
            + (f"<p class='prompt'>{prompt}</p>" if prompt else "")
            + f"<p class='muted'>Answer of {_e(when)}</p>"
            + _chosen_steps(exercise, sub.answer)
            + feedback_html(report)  # type: ignore[arg-type]  # the notebooks' own view of a report
            + (f"<details><summary>Model answer</summary>{model}</details>" if model else "")
            + attempts + "</section>")
    return _page(f"Feedback for {learner}", "".join(parts))


def _learner_link(learner: str, links: bool) -> str:
    return f"<a href='learners/{quote(learner)}.html'>{_e(learner)}</a>" if links else _e(learner)


def learners_table_html(data: CohortData, *, links: bool = True) -> str:
    """Learners x exercises: each cell the overall score and the worst level among the exercise's principles."""
    by_learner = data.current_by_learner()
    head = "".join(f"<th>{_e(k)}</th>" for k in data.exercises)
    rows = []
    for learner in data.learners:
        cells = []
        for key in data.exercises:
            sub = by_learner.get(learner, {}).get(key)
            if sub is None:
                cells.append("<td class='muted'>no answer</td>")
                continue
            level = worst([r.level for r in sub.report.applicable().values()])  # type: ignore[union-attr]
            cells.append(f"<td>{sub.report.overall:.0f}/100<br>{level_badge(level)}</td>")  # type: ignore[union-attr]
        rows.append(f"<tr><th>{_learner_link(learner, links)}</th>{''.join(cells)}</tr>")
    return (f"<table class='trustlib-learners'><thead><tr><th>Learner</th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def principles_table_html(data: CohortData) -> str:
    """For each principle, how many learners are at each level (their worst over their answers)."""
    matrix = principle_matrix(data)
    rows = []
    for j, pid in enumerate(data.principles):
        counts = Counter(matrix.levels[i][j] for i in range(len(matrix.learners)))
        rows.append(f"<tr><th>{_e(data.titles.get(pid, pid))}<br><code>{_e(pid)}</code></th>"
                    + "".join(f"<td>{level_badge(lv)}: {counts.get(lv, 0)}</td>"
                              for lv in ("met", "partial", "missed", "violated")) + "</tr>")
    return f"<table class='trustlib-principles'><tbody>{''.join(rows)}</tbody></table>"


def violations_html(data: CohortData, limit: int = 10) -> str:
    """The most common violations, with how often, why, and example sentences."""
    rows = []
    for v in common_violations(data, limit=limit):
        examples = "".join(f"<li>“{_e(e.text)}” <span class='muted'>({_e(e.learner)}, {_e(e.exercise)})</span></li>"
                           for e in v.examples)
        reasons = "<br>".join(f"{_e(r)} ({n})" for r, n in v.reasons)
        rows.append(f"<tr><td><b>{_e(v.title)}</b><br><code>{_e(v.principle)}</code></td>"
                    f"<td>{v.count} answer(s), {len(v.learners)} learner(s)</td><td>{reasons}</td>"
                    f"<td><ul style='margin:0'>{examples}</ul></td></tr>")
    if not rows:
        return "<p>No principle was violated in the current answers.</p>"
    return ("<table class='trustlib-violations'><thead><tr><th>Principle</th><th>How often</th><th>Why</th>"
            f"<th>Example sentences</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def follow_up_html(data: CohortData, limit: int | None = None, *, links: bool = True) -> str:
    """Learners who need a follow-up, with their mean score and the reasons."""
    items = needs_follow_up(data)
    if not items:
        return "<p>No learner needs a follow-up.</p>"
    shown = items if limit is None else items[:limit]
    rows = "".join(f"<tr><th>{_learner_link(f.learner, links)}</th><td>{f.mean_overall:.0f}</td>"
                   f"<td>{'<br>'.join(_e(r) for r in f.reasons)}</td></tr>" for f in shown)
    more = f"<p>… and {len(items) - len(shown)} more.</p>" if len(items) > len(shown) else ""
    return ("<table class='trustlib-follow-up'><thead><tr><th>Learner</th><th>Mean score</th><th>Why</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>{more}")


def problems_html(data: CohortData) -> str:
    """What could not be graded, with the source and the reason."""
    if not data.problems:
        return "<p>Everything was graded.</p>"
    rows = "".join(f"<tr><td>{_e(p.code)}</td><td><code>{_e(p.source)}</code></td><td>{_e(p.reason)}</td></tr>"
                   for p in data.problems)
    return ("<table class='trustlib-problems'><thead><tr><th>Why</th><th>Source</th><th>Reason</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def cohort_page(data: CohortData) -> str:
    """The cohort summary page: learners x exercises, principles, violations, follow-ups, what was not graded."""
    parts = [f"<h1>Cohort {_e(data.cohort)}: summary</h1>",
             f"<p>{len(data.learners)} learner(s), {len(data.current)} current graded answer(s), "
             f"{len(data.history) - len(data.current)} earlier attempt(s), {len(data.problems)} item(s) not graded.</p>",
             legend(),
             "<h2>Learners</h2><p class='muted'>Each cell: the overall score and the worst level among the "
             "exercise's principles. Click a learner for their feedback page.</p>", learners_table_html(data),
             "<h2>Principles</h2><p class='muted'>Learners by their worst level on each principle.</p>",
             principles_table_html(data),
             "<h2>Most common violations</h2>", violations_html(data),
             "<h2>Learners to follow up</h2>", follow_up_html(data),
             "<h2>Not graded</h2>", problems_html(data)]
    return _page(f"Cohort {data.cohort}", "".join(parts))


def write_reports(book: Gradebook, cohort: str | None, directory: Path,
                  catalog: ScenarioCatalog | None = None) -> list[Path]:
    """Write ``index.html`` (the cohort) and ``learners/<id>.html`` for every learner; return the paths."""
    catalog = catalog or ScenarioCatalog()
    data = load_cohort(book, cohort, catalog)
    learners_dir = directory / "learners"
    learners_dir.mkdir(parents=True, exist_ok=True)
    written = [write_atomic(path_inside(directory, "index.html"), cohort_page(data))]
    for learner in data.learners:
        written.append(write_atomic(path_inside(learners_dir, f"{learner}.html"), learner_page(data, learner, catalog)))
    return written

"""Where a cohort stands: the analysis behind the dashboard and its plots, on a real graded gradebook."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from trustlib.grading import dashboard
from trustlib.grading.analysis import (
    common_violations, exercise_scores, load_cohort, mean_by_attempt, needs_follow_up, principle_matrix,
)
from trustlib.grading.gradebook import Gradebook
from trustlib.grading.runner import grade
from trustlib.grading.synthetic import write_cohort

SCENARIO = "harlow-creek-shooting"
BLAMING = "The suspect had a lengthy criminal record and was known to police."
KEYS = [f"{SCENARIO}/public-statement", f"{SCENARIO}/first-hours"]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("dash")
    sample = write_cohort(root / "subs", learners=5, exercises=KEYS, attempts=2, forms=("json",), seed=11)
    weak = {"format": 1, "learner": "weak-one", "answers": {
        KEYS[0]: {"answer": f"Shots were fired tonight. {BLAMING} <script>x()</script> No comment.",
                  "updated": "2026-11-20T10:00:00Z",
                  "attempts": [{"answer": "Shots were fired.", "checked": "2026-11-20T09:00:00Z"}]}}}
    (root / "subs" / "weak-one.json").write_text(json.dumps(weak))
    book = root / "gb.sqlite"
    summary = grade([root / "subs"], book, progress=False)
    assert summary.skipped == []
    with Gradebook(book) as gb:
        yield load_cohort(gb), sample


def test_cohort_data(data) -> None:
    cohort, sample = data
    assert cohort.learners == sorted({lid for lid, _ in sample.answers} | {"weak-one"})
    assert cohort.exercises == KEYS  # scenario order
    assert len(cohort.current) == len(sample.answers) + 1
    assert "no-victim-demonizing" in cohort.principles and "engage-personally" not in cohort.principles


def test_matrix_and_distributions(data) -> None:
    cohort, _ = data
    m = principle_matrix(cohort)
    assert len(m.scores) == len(cohort.learners) and all(len(r) == len(cohort.principles) for r in m.scores)
    weak = m.learners.index("weak-one")
    j = m.principles.index("no-victim-demonizing")
    assert m.levels[weak][j] == "violated" and m.scores[weak][j] == 0.0
    support = m.principles.index("support-officers")
    assert math.isnan(m.scores[weak][support]) and m.levels[weak][support] == "na"  # weak-one has no steps answer
    scores = exercise_scores(cohort)
    assert len(scores[KEYS[0]]) == len(cohort.learners) and len(scores[KEYS[1]]) == len(cohort.learners) - 1
    assert all(0 <= s <= 100 for v in scores.values() for s in v)


def test_violations_have_example_sentences(data) -> None:
    cohort, _ = data
    violations = {v.principle: v for v in common_violations(cohort, examples=100)}
    demonizing = violations["no-victim-demonizing"]
    assert "weak-one" in demonizing.learners and demonizing.count >= 1
    assert any(e.learner == "weak-one" and e.text == BLAMING for e in demonizing.examples)
    answers = {(s.learner, s.key): s.answer for s in cohort.current}
    for example in demonizing.examples:  # every example is a real flagged span of a current answer
        answer = answers[(example.learner, example.exercise)]
        assert example.text in answer if isinstance(answer, str) else example.text
    shown = common_violations(cohort)
    assert [v.count for v in shown] == sorted((v.count for v in shown), reverse=True)
    assert all(len(v.examples) <= 3 for v in shown)
    html = dashboard.violations_html(cohort)
    assert "Do not demonize" in html or "no-victim-demonizing" in html
    assert "<script>" not in html


def test_follow_up(data) -> None:
    cohort, _ = data
    follow = {f.learner: f for f in needs_follow_up(cohort)}
    reasons = " ".join(follow["weak-one"].reasons)
    assert "violated" in reasons and "no-victim-demonizing" in reasons
    assert f"no graded answer for {KEYS[1]}" in reasons
    strong = [lid for lid in cohort.learners if lid not in follow]
    for lid in strong:  # nobody left out had a violation
        assert all(r.level != "violated" for s in cohort.current if s.learner == lid
                   for r in s.report.principles.values())


def test_progress_over_attempts(data) -> None:
    cohort, _ = data
    series = mean_by_attempt(cohort)
    assert KEYS[0] in series
    first = series[KEYS[0]][0]
    assert first[0] == 1 and first[2] >= 2  # weak-one and at least one synthetic learner tried again


def test_plots_carry_text_and_colour_blind_palettes(data, tmp_path: Path) -> None:
    cohort, _ = data
    fig = dashboard.heatmap(cohort)
    ax = fig.axes[0]
    assert ax.images[0].get_cmap().name == "cividis"
    assert len(ax.texts) == len(cohort.learners) * len(cohort.principles)
    labels = {t.get_text() for t in ax.texts}
    assert any(label.startswith("✖") for label in labels) and "–" in labels
    assert [t.get_text() for t in ax.get_xticklabels()] == cohort.learners
    fig.savefig(tmp_path / "heat.png")

    small = dashboard.heatmap(cohort, max_learners=3)
    assert len(small.axes[0].get_xticklabels()) == 3 and "lowest" in small.axes[0].get_title()

    fig = dashboard.distributions(cohort)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert len(texts) == 2 and all(t.startswith("median") for t in texts)
    fig.savefig(tmp_path / "dist.png")

    fig = dashboard.progress(cohort)
    ax = fig.axes[0]
    assert len(ax.lines) >= 1 and ax.get_legend() is not None
    assert all(line.get_marker() not in (None, "None", "") for line in ax.lines)
    assert any("(n=" in t.get_text() for t in ax.texts)
    fig.savefig(tmp_path / "progress.png")
    assert all((tmp_path / n).stat().st_size > 5000 for n in ("heat.png", "dist.png", "progress.png"))

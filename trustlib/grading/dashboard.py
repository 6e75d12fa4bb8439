"""The instructor dashboard: plots and tables of where a cohort stands (the notebook stays thin).

Every plot is readable without colour: the heatmap uses the perceptually uniform, colour-blind
safe ``cividis`` map *and* writes the level symbol and score in each cell; lines and boxes use
the Okabe-Ito palette *and* distinct markers, line styles and text labels. Figures are built
with the object API (no pyplot state), so they work the same in a notebook, a script or a test.
The tables (violations with example sentences, follow-ups ...) are the HTML reports' own
(:mod:`trustlib.grading.html_reports`), re-exported here, with every piece of learner text escaped.
"""

from __future__ import annotations

import math
import random
from typing import Sequence

from matplotlib.figure import Figure

from ..report import LEVEL_STYLE
from .analysis import CohortData, exercise_scores, load_cohort, mean_by_attempt, principle_matrix
from .html_reports import follow_up_html, learners_table_html, principles_table_html, problems_html, violations_html

__all__ = ["load_cohort", "heatmap", "distributions", "progress", "violations_html", "follow_up_html",
           "learners_table_html", "principles_table_html", "problems_html", "OKABE_ITO", "CMAP"]

#: Okabe & Ito (2008), the colour-blind safe qualitative palette (black last).
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]
LINESTYLES = ["-", "--", "-.", ":"]
#: Heatmap colour map: colour-blind safe and readable in greyscale.
CMAP = "cividis"
#: Most learners drawn in one heatmap (the ones with the lowest scores first when there are more).
MAX_HEATMAP_LEARNERS = 40


def _label(key: str) -> str:
    """``scenario/exercise`` on two lines."""
    return key.replace("/", "/\n", 1)


def heatmap(data: CohortData, learners: Sequence[str] | None = None, *, max_learners: int = MAX_HEATMAP_LEARNERS
            ) -> Figure:
    """Principle x learner heatmap: colour = mean score, text = worst level symbol and score (0-100)."""
    matrix = principle_matrix(data)
    index = {lid: i for i, lid in enumerate(matrix.learners)}
    note = ""
    if learners is None:
        chosen = list(matrix.learners)
        if len(chosen) > max_learners:
            def mean(i: int) -> float:
                vals = [v for v in matrix.scores[i] if not math.isnan(v)]
                return sum(vals) / len(vals) if vals else 0.0
            chosen = sorted(chosen, key=lambda lid: (mean(index[lid]), lid))[:max_learners]
            note = f" (the {max_learners} lowest of {len(matrix.learners)} learners)"
    else:
        chosen = [lid for lid in learners if lid in index]
    rows, cols = len(matrix.principles), len(chosen)
    fig = Figure(figsize=(max(6.0, 0.55 * cols + 4.0), max(3.0, 0.42 * rows + 1.8)), layout="constrained")
    ax = fig.add_subplot()
    values = [[matrix.scores[index[lid]][j] for lid in chosen] for j in range(rows)]
    masked = [[(v if not math.isnan(v) else 0.0) for v in row] for row in values]
    image = ax.imshow(masked or [[0.0]], cmap=CMAP, vmin=0.0, vmax=1.0, aspect="auto")
    for j in range(rows):
        for c, lid in enumerate(chosen):
            level = matrix.levels[index[lid]][j]
            v = values[j][c]
            if math.isnan(v) and level == "na":
                label, colour = "–", "white"
            else:
                label = f"{LEVEL_STYLE[level][1]}{'' if math.isnan(v) else f' {100 * v:.0f}'}"
                colour = "black" if (0.0 if math.isnan(v) else v) > 0.55 else "white"
            ax.text(c, j, label, ha="center", va="center", fontsize=7, color=colour)
    ax.set_yticks(range(rows), [data.titles.get(p, p) for p in matrix.principles], fontsize=8)
    ax.set_xticks(range(cols), chosen, rotation=90, fontsize=7)
    ax.set_title(f"Principle × learner: mean score and worst level{note}", fontsize=10)
    bar = fig.colorbar(image, ax=ax, shrink=0.8)
    bar.set_label("mean score (0–1)")
    fig.text(0.01, 0.005, "  ".join(f"{sym} {word}" for lv, (_, sym, word) in LEVEL_STYLE.items() if lv != "na"),
             fontsize=8)
    return fig


def distributions(data: CohortData, *, seed: int = 0) -> Figure:
    """Score distribution per exercise: box plot with every learner as a point, median written out."""
    scores = exercise_scores(data)
    keys = [k for k in data.exercises if scores.get(k)]
    fig = Figure(figsize=(max(6.0, 1.6 * len(keys) + 2), 4.2), layout="constrained")
    ax = fig.add_subplot()
    if not keys:
        ax.text(0.5, 0.5, "no graded answers yet", ha="center", va="center")
        return fig
    box = ax.boxplot([scores[k] for k in keys], positions=range(len(keys)), widths=0.5, patch_artist=True,
                     showfliers=False)
    rng = random.Random(seed)
    for i, (key, patch) in enumerate(zip(keys, box["boxes"])):
        colour = OKABE_ITO[i % len(OKABE_ITO)]
        patch.set(facecolor=colour, alpha=0.35, hatch=["", "//", "..", "xx", "\\\\"][i % 5])
        xs = [i + rng.uniform(-0.18, 0.18) for _ in scores[key]]
        ax.scatter(xs, scores[key], s=12, color=colour, edgecolor="black", linewidth=0.3,
                   marker=MARKERS[i % len(MARKERS)], zorder=3)
        ordered = sorted(scores[key])
        median = ordered[len(ordered) // 2] if len(ordered) % 2 else sum(ordered[len(ordered) // 2 - 1:len(ordered) // 2 + 1]) / 2
        ax.text(i + 0.3, median, f"median {median:.0f}\nn={len(ordered)}", va="center", fontsize=8)
    ax.set_xticks(range(len(keys)), [_label(k) for k in keys], fontsize=8)
    ax.set_ylim(-5, 105)
    ax.set_ylabel("overall score (0–100)")
    ax.set_title("Scores per exercise (current answers)", fontsize=10)
    ax.grid(axis="y", alpha=0.3)
    return fig


def progress(data: CohortData) -> Figure:
    """Mean overall score by attempt number, one line per exercise (colour, marker, style and a label)."""
    series = mean_by_attempt(data)
    fig = Figure(figsize=(7.5, 4.2), layout="constrained")
    ax = fig.add_subplot()
    if not series:
        ax.text(0.5, 0.5, "no learner has answered an exercise more than once yet", ha="center", va="center")
        ax.set_axis_off()
        return fig
    for i, key in enumerate(k for k in data.exercises if k in series):
        rows = series[key]
        xs, ys = [r[0] for r in rows], [r[1] for r in rows]
        ax.plot(xs, ys, color=OKABE_ITO[i % len(OKABE_ITO)], marker=MARKERS[i % len(MARKERS)],
                linestyle=LINESTYLES[i % len(LINESTYLES)], label=key)
        for x, y, n in rows:
            ax.annotate(f"{y:.0f} (n={n})", (x, y), textcoords="offset points", xytext=(4, 4), fontsize=7)
    longest = max(len(r) for r in series.values())
    ax.set_xticks(range(1, longest + 1))
    ax.set_xlabel("attempt")
    ax.set_ylabel("mean overall score (0–100)")
    ax.set_ylim(0, 105)
    ax.set_title("Progress over attempts (learners who answered more than once)", fontsize=10)
    ax.legend(fontsize=7, loc="lower right")
    ax.grid(alpha=0.3)
    return fig

"""Where a cohort stands, computed from the gradebook: the numbers behind the dashboard and reports.

Pure Python (no plotting): the principle x learner matrix, score distributions per exercise,
the most common violations with the sentences that drew them, the learners who need a
follow-up and why, and progress over attempts.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..rubric import load_rubric
from .catalog import ScenarioCatalog
from .gradebook import Gradebook, StoredProblem, StoredSubmission

#: Severity order of levels: the worst level of a set is the one that decides a cell's colour.
SEVERITY = {"violated": 4, "missed": 3, "partial": 2, "met": 1, "na": 0}
#: An exercise overall below this (0..100) calls for a follow-up.
FOLLOW_UP_BELOW = 50.0


@dataclass
class CohortData:
    """A cohort's current submissions, their history and its problems, as read from a gradebook."""

    cohort: str
    learners: list[str]
    exercises: list[str]
    """``scenario/exercise`` keys with at least one graded submission, sorted."""
    principles: list[str]
    """Principle ids scored somewhere in the cohort, in rubric order."""
    titles: dict[str, str]
    current: list[StoredSubmission]
    history: list[StoredSubmission]
    """Every submission (current and superseded), oldest first per learner and exercise."""
    problems: list[StoredProblem] = field(default_factory=list)

    def current_by_learner(self) -> dict[str, dict[str, StoredSubmission]]:
        """learner -> exercise key -> current submission."""
        out: dict[str, dict[str, StoredSubmission]] = defaultdict(dict)
        for sub in self.current:
            out[sub.learner][sub.key] = sub
        return out


def load_cohort(book: Gradebook, cohort: str | None = None, catalog: ScenarioCatalog | None = None) -> CohortData:
    """Read a cohort from the gradebook (every submission once, newest scores)."""
    rubric = load_rubric()
    catalog = catalog or ScenarioCatalog()
    history = [s for s in book.submissions(cohort) if s.report is not None]
    current = [s for s in history if not s.superseded]
    used = {pid for s in current for pid in s.report.applicable()}  # type: ignore[union-attr]
    principles = [pid for pid in rubric.ids() if pid in used]
    learners = sorted({s.learner for s in history})
    return CohortData(
        cohort=cohort or "default", learners=learners, exercises=catalog.order(s.key for s in current),
        principles=principles, titles={p.id: p.title for p in rubric.principles}, current=current,
        history=history, problems=book.problems(cohort))


def worst(levels: list[str]) -> str:
    """The most severe of some levels (``na`` when there are none)."""
    return max(levels, key=lambda lv: SEVERITY.get(lv, 0)) if levels else "na"


@dataclass
class Matrix:
    """Principle x learner: the mean score (0..1, NaN when never scored) and the worst level per cell."""

    learners: list[str]
    principles: list[str]
    scores: list[list[float]]
    """``scores[i][j]``: learner i, principle j."""
    levels: list[list[str]]


def principle_matrix(data: CohortData) -> Matrix:
    """Each learner's mean score and worst level per principle, over their current submissions."""
    by_learner = data.current_by_learner()
    scores, levels = [], []
    for learner in data.learners:
        row_s, row_l = [], []
        for pid in data.principles:
            results = [s.report.principles[pid] for s in by_learner.get(learner, {}).values()  # type: ignore[union-attr]
                       if pid in s.report.principles and s.report.principles[pid].level != "na"]  # type: ignore[union-attr]
            values = [r.score for r in results if r.score is not None]
            row_s.append(sum(values) / len(values) if values else math.nan)
            row_l.append(worst([r.level for r in results]))
        scores.append(row_s)
        levels.append(row_l)
    return Matrix(list(data.learners), list(data.principles), scores, levels)


def exercise_scores(data: CohortData) -> dict[str, list[float]]:
    """Exercise key -> the overall scores (0..100) of the learners' current submissions."""
    out: dict[str, list[float]] = {key: [] for key in data.exercises}
    for sub in data.current:
        out[sub.key].append(sub.report.overall)  # type: ignore[union-attr]
    return out


@dataclass
class Example:
    """One sentence (or chosen step) that drew a violation."""

    learner: str
    exercise: str
    text: str
    reason: str


@dataclass
class Violation:
    """A principle violated in the cohort: how often, by whom, with examples."""

    principle: str
    title: str
    count: int
    learners: list[str]
    examples: list[Example]
    reasons: list[tuple[str, int]]
    """The most frequent reasons given, with their counts."""


def common_violations(data: CohortData, limit: int = 10, examples: int = 3) -> list[Violation]:
    """Principles violated in current submissions, most frequent first, with flagged sentences."""
    counts: Counter[str] = Counter()
    who: dict[str, set[str]] = defaultdict(set)
    samples: dict[str, list[Example]] = defaultdict(list)
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    for sub in data.current:
        for pid, result in sub.report.principles.items():  # type: ignore[union-attr]
            if result.level != "violated":
                continue
            counts[pid] += 1
            who[pid].add(sub.learner)
            for ev in result.evidence:
                if ev.effect == "flag":
                    reasons[pid][ev.reason] += 1
                    if len(samples[pid]) < examples and all(e.text != ev.text for e in samples[pid]):
                        samples[pid].append(Example(sub.learner, sub.key, ev.text, ev.reason))
    return [Violation(pid, data.titles.get(pid, pid), n, sorted(who[pid]), samples[pid],
                      reasons[pid].most_common(3))
            for pid, n in counts.most_common(limit)]


@dataclass
class FollowUp:
    """A learner an instructor should talk to, and why."""

    learner: str
    reasons: list[str]
    mean_overall: float


def needs_follow_up(data: CohortData, below: float = FOLLOW_UP_BELOW) -> list[FollowUp]:
    """Learners with a violated principle, an exercise scored below ``below``, a missing exercise,
    or a submission that could not be graded; the most reasons first."""
    by_learner = data.current_by_learner()
    skipped: Counter[str] = Counter(p.learner for p in data.problems if p.learner)
    out = []
    for learner in sorted(set(data.learners) | set(skipped)):
        subs = by_learner.get(learner, {})
        reasons = []
        for key, sub in sorted(subs.items()):
            violated = [pid for pid, r in sub.report.principles.items() if r.level == "violated"]  # type: ignore[union-attr]
            if violated:
                reasons.append(f"{key}: violated {', '.join(violated)}")
            if sub.report.overall < below:  # type: ignore[union-attr]
                reasons.append(f"{key}: scored {sub.report.overall:.0f}/100")  # type: ignore[union-attr]
        missing = [key for key in data.exercises if key not in subs]
        if missing:
            reasons.append(f"no graded answer for {', '.join(missing)}")
        if skipped.get(learner):
            reasons.append(f"{skipped[learner]} submission(s) could not be graded")
        if reasons:
            overalls = [s.report.overall for s in subs.values()]  # type: ignore[union-attr]
            out.append(FollowUp(learner, reasons, sum(overalls) / len(overalls) if overalls else 0.0))
    out.sort(key=lambda f: (-len(f.reasons), f.mean_overall, f.learner))
    return out


def attempts(data: CohortData) -> dict[str, dict[str, list[float]]]:
    """Exercise key -> learner -> overall scores of their attempts, oldest first."""
    out: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for sub in sorted(data.history, key=lambda s: (s.key, s.learner, s.effective_at, s.id)):
        out[sub.key][sub.learner].append(sub.report.overall)  # type: ignore[union-attr]
    return {k: dict(v) for k, v in out.items()}


def mean_by_attempt(data: CohortData) -> dict[str, list[tuple[int, float, int]]]:
    """Exercise key -> (attempt number, mean overall, learners with that many attempts), over the
    learners who answered the exercise more than once (a single answer shows no progress)."""
    out = {}
    for key, all_learners in attempts(data).items():
        per_learner = {lid: v for lid, v in all_learners.items() if len(v) > 1}
        if not per_learner:
            continue
        longest = max(len(v) for v in per_learner.values())
        rows = []
        for n in range(longest):
            values = [v[n] for v in per_learner.values() if len(v) > n]
            rows.append((n + 1, sum(values) / len(values), len(values)))
        out[key] = rows
    return out

"""Grading a cohort: read submissions, score them with the notebooks' engine, record, report.

:func:`grade` is what ``trustlib grade`` and the instructor notebook call. It never stops on
a bad item: whatever cannot be graded (a corrupt file, an unknown scenario or exercise, an
empty answer, an answer the scorer rejects) is recorded in the gradebook with its reason and
counted in the summary. Submissions already in the gradebook with a score by the current
scorer version are not scored again, so a re-run changes nothing and costs little.

With ``jobs > 1`` answers are scored in worker processes, each loading the NLP models once;
results are written to the gradebook in input order, in batches, as they arrive.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
import time
from collections import Counter
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from ..scoring import SCORER_VERSION
from .catalog import ScenarioCatalog
from .gradebook import Gradebook, WriteStats, cohort_name
from .submissions import Answer, SkippedItem, Submission, read_submissions

#: Submissions written to the gradebook per transaction.
WRITE_BATCH = 200

# ---- scoring (in this process or in workers) -------------------------------------------------

_WORKER_CATALOG: ScenarioCatalog | None = None

ScoreTask = tuple[int, str, str, Answer]
ScoreOutcome = tuple[int, "dict[str, Any] | None", "str | None"]


def _init_worker(scenario_dirs: Sequence[str]) -> None:
    """Load the scenarios' catalog and the NLP models once per worker process."""
    global _WORKER_CATALOG
    _WORKER_CATALOG = ScenarioCatalog(scenario_dirs)
    from .. import nlp

    nlp.nlp()
    nlp.encoder()


def score_tasks(tasks: Sequence[ScoreTask], catalog: ScenarioCatalog | None = None) -> list[ScoreOutcome]:
    """Score each (index, scenario, exercise, answer): (index, report dict, None) or (index, None, error)."""
    from ..scoring import score_response

    catalog = catalog or _WORKER_CATALOG or ScenarioCatalog()
    out: list[ScoreOutcome] = []
    for index, scenario_id, exercise, answer in tasks:
        try:
            report = score_response(catalog.get(scenario_id), exercise, answer)
            out.append((index, report.to_dict(), None))
        except Exception as exc:  # one answer the scorer rejects must not stop the cohort
            out.append((index, None, f"{type(exc).__name__}: {exc}"))
    return out


# ---- the summary -----------------------------------------------------------------------------

@dataclass
class GradeSummary:
    """What a grading run did."""

    cohort: str
    files: int = 0
    """Files read."""
    read: int = 0
    """Submissions read from them."""
    graded: int = 0
    """Submissions scored and recorded in this run (new, or rescored by a new scorer version)."""
    unchanged: int = 0
    """Submissions already in the gradebook with a score by this scorer version."""
    duplicates: int = 0
    """Submissions read more than once in this run (same learner, exercise and answer)."""
    superseded: int = 0
    """Older submissions that a newer one replaced as current in this run (kept as history)."""
    skipped: list[SkippedItem] = field(default_factory=list)
    """What could not be graded, and why."""
    learners: int = 0
    """Learners with a graded submission in the cohort."""
    reports: list[Path] = field(default_factory=list)
    """HTML reports written."""
    seconds: float = 0.0
    """Wall time of the run."""

    def skip_counts(self) -> Counter[str]:
        """How many items were skipped, per reason code."""
        return Counter(item.code for item in self.skipped)

    def to_text(self, examples: int = 3) -> str:
        """A summary for the terminal: counts, then each reason for skipping with examples."""
        lines = [
            f"Cohort {self.cohort}: {self.read} submission(s) read from {self.files} file(s) "
            f"in {self.seconds:.1f} s.",
            f"  graded:     {self.graded}",
            f"  unchanged:  {self.unchanged} (already in the gradebook)",
        ]
        if self.duplicates:
            lines.append(f"  duplicates: {self.duplicates} (the same answer read twice; graded once)")
        if self.superseded:
            lines.append(f"  superseded: {self.superseded} older submission(s) replaced by newer ones (kept as history)")
        lines.append(f"  skipped:    {len(self.skipped)}")
        for code, count in self.skip_counts().most_common():
            lines.append(f"    {count} x {code}")
            for item in [i for i in self.skipped if i.code == code][:examples]:
                lines.append(f"      - {item.source}: {item.reason[:300]}")
        if self.reports:
            lines.append(f"  reports:    {len(self.reports)} file(s) in {self.reports[0].parent}")
        lines.append(f"  learners:   {self.learners} in the gradebook for this cohort")
        return "\n".join(lines)


# ---- the run ---------------------------------------------------------------------------------

def _progress(total: int, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc="grading", unit="answer", file=sys.stderr, disable=not enabled,
                dynamic_ncols=True, mininterval=0.5)


def _chunks(items: list[ScoreTask], size: int) -> list[list[ScoreTask]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _mp_context() -> multiprocessing.context.BaseContext:
    """How to start workers. From a plain single-threaded process (the CLI) the spaCy pipeline is
    loaded once here and the workers are forked: they share its memory and skip the load. From
    anywhere with threads (a notebook kernel) or with the encoder already running, forking is
    unsafe, so workers are spawned and load everything themselves."""
    from .. import nlp

    if ("fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
            and nlp.encoder.cache_info().currsize == 0):
        nlp.nlp()
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _score_all(tasks: list[ScoreTask], jobs: int, scenario_dirs: Sequence[str], catalog: ScenarioCatalog,
               bar: Any, context: multiprocessing.context.BaseContext | None) -> Iterator[list[ScoreOutcome]]:
    """Yield scored outcomes in input order, in groups, as they become available
    (in this process when ``context`` is None, else in ``jobs`` worker processes)."""
    if context is None:
        for chunk in _chunks(tasks, 8):
            outcomes = score_tasks(chunk, catalog)
            bar.update(len(chunk))
            yield outcomes
        return
    size = max(1, min(16, len(tasks) // (jobs * 4) or 1))
    chunks = _chunks(tasks, size)
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=context,
                             initializer=_init_worker, initargs=(list(scenario_dirs),)) as pool:
        futures: dict[Future[list[ScoreOutcome]], int] = {
            pool.submit(score_tasks, chunk): i for i, chunk in enumerate(chunks)}
        done: dict[int, list[ScoreOutcome]] = {}
        next_index = 0
        for future in as_completed(futures):
            i = futures[future]
            try:
                done[i] = future.result()
            except Exception as exc:  # a worker died: its answers are skipped, not the run
                done[i] = [(t[0], None, f"worker failed: {type(exc).__name__}: {exc}") for t in chunks[i]]
            bar.update(len(chunks[i]))
            while next_index in done:
                yield done.pop(next_index)
                next_index += 1


def grade(paths: Iterable[str | Path], gradebook: Gradebook | str | Path, *, reports: str | Path | None = None,
          jobs: int = 1, cohort: str | None = None, scenario_dirs: Sequence[str | Path] = (),
          progress: bool = True, lock_timeout: float = 30.0) -> GradeSummary:
    """Grade every submission under ``paths`` into ``gradebook``; write HTML reports to ``reports``.

    Raises :class:`~trustlib.grading.gradebook.GradebookError` only when the gradebook itself cannot
    be opened or written (read-only, locked for longer than ``lock_timeout``, not a database).
    """
    started = time.perf_counter()
    name = cohort_name(cohort)
    book = gradebook if isinstance(gradebook, Gradebook) else Gradebook(gradebook, lock_timeout=lock_timeout)
    try:
        summary = _grade(paths, book, name, reports, jobs, [str(d) for d in scenario_dirs], progress)
    finally:
        if book is not gradebook:
            book.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _grade(paths: Iterable[str | Path], book: Gradebook, cohort: str, reports: str | Path | None, jobs: int,
           scenario_dirs: list[str], progress: bool) -> GradeSummary:
    catalog = ScenarioCatalog(scenario_dirs)
    read = read_submissions(paths)
    summary = GradeSummary(cohort=cohort, files=read.files, read=len(read.submissions), skipped=list(read.skipped))

    ready: list[Submission] = []
    seen: set[tuple[str, str, str, str]] = set()
    for sub in read.submissions:
        checked = catalog.prepare(sub)
        if isinstance(checked, SkippedItem):
            summary.skipped.append(checked)
            continue
        key = (checked.learner, checked.scenario, checked.exercise, checked.content_hash)
        if key in seen:
            summary.duplicates += 1
            continue
        seen.add(key)
        ready.append(checked)

    already = book.scored_keys(cohort, SCORER_VERSION)
    todo = []
    for sub in ready:
        if (sub.learner, sub.scenario, sub.exercise, sub.content_hash) in already:
            summary.unchanged += 1
        else:
            todo.append(sub)

    tasks: list[ScoreTask] = [(i, s.scenario, s.exercise, s.answer) for i, s in enumerate(todo)]
    stats = WriteStats()
    pending: list[tuple[Submission, dict[str, Any]]] = []
    # Chosen before the progress bar starts its monitor thread (a thread makes forking unsafe).
    context = _mp_context() if jobs > 1 and len(tasks) > 1 else None
    if context is not None and context.get_start_method() == "fork":
        book.engine.dispose()  # no open database connection is carried into forked workers
    with _progress(len(tasks), progress) as bar:
        for outcomes in _score_all(tasks, jobs, scenario_dirs, catalog, bar, context):
            for index, report, error in outcomes:
                sub = todo[index]
                if report is None:
                    summary.skipped.append(SkippedItem(sub.source, f"the scorer could not score this answer: {error}",
                                                       "scoring-error", sub.learner))
                else:
                    pending.append((sub, report))
            if len(pending) >= WRITE_BATCH:
                stats += book.record(cohort, pending)
                pending = []
        stats += book.record(cohort, pending)
    book.record_skipped(cohort, summary.skipped, read.paths)
    summary.graded = stats.added + stats.rescored
    summary.unchanged += stats.unchanged
    summary.superseded = stats.superseded
    summary.learners = len(book.learners(cohort))
    if reports is not None:
        from .html_reports import write_reports

        summary.reports = write_reports(book, cohort, Path(reports), catalog)
    return summary

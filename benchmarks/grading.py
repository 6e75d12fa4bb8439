"""Benchmark: batch grading with the CLI against a naive papermill-per-answer loop.

1. Generates a synthetic cohort (default 200 learners x 5 exercises = 1,000 answers, varied
   texts assembled from sentence pools; responses files, saved notebooks, CSV and JSONL).
2. Grades it with ``trustlib grade --jobs 2 --reports DIR`` (a real subprocess) and times it.
3. Grades a small sample (default 5 answers, one per exercise) the naive way: one
   ``papermill.execute_notebook`` of a tiny notebook per answer (a fresh kernel each time,
   which loads the models each time), and times it.
4. Prints the per-answer cost of each, the ratio, the total for the cohort with reports, peak
   memory, and checks that the sample's scores are identical both ways.

Usage::

    .venv/bin/python benchmarks/grading.py [--learners 200] [--sample 5] [--jobs 2] [--keep DIR]

Targets (issue #5): >= 30x faster than the papermill loop, identical scores, 1,000 answers
graded with reports in under 60 s on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import nbformat
import papermill

from trustlib.grading.gradebook import Gradebook
from trustlib.grading.synthetic import default_exercises, write_cohort

SCORE_ONE = [
    ("parameters", 'scenario = ""\nexercise = ""\nanswer_json = "null"'),
    ("", "import json\nimport trustlib\nfrom IPython.display import display\n"
         "report = trustlib.score_response(scenario, exercise, json.loads(answer_json))\n"
         "display({'application/json': report.to_dict()}, raw=True)"),
]


def score_one_notebook(path: Path) -> Path:
    """The tiny notebook the naive loop runs once per answer."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for tag, source in SCORE_ONE:
        cell = nbformat.v4.new_code_cell(source)
        if tag:
            cell.metadata["tags"] = [tag]
        nb.cells.append(cell)
    nbformat.write(nb, path)
    return path


def naive_score(notebook: Path, out_dir: Path, scenario: str, exercise: str, answer: object) -> dict:
    """Score one answer by executing the notebook with papermill; return the recorded report."""
    out = out_dir / f"{scenario}--{exercise}-{time.monotonic_ns()}.ipynb"
    papermill.execute_notebook(str(notebook), str(out), progress_bar=False,
                               parameters={"scenario": scenario, "exercise": exercise,
                                           "answer_json": json.dumps(answer)})
    executed = nbformat.read(out, as_version=4)
    for output in executed.cells[-1].outputs:
        if "application/json" in output.get("data", {}):
            return dict(output["data"]["application/json"])
    raise RuntimeError(f"no report recorded in {out}")


def peak_rss_mb(who: int) -> float:
    """Peak resident set size in MB (Linux reports kilobytes)."""
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--exercises", type=int, default=5)
    parser.add_argument("--sample", type=int, default=5, help="answers graded by the naive papermill loop")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", help="keep the cohort, gradebook and reports in this directory")
    args = parser.parse_args()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="trustlib-bench-"))
    if args.keep and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    try:
        keys = default_exercises(args.exercises)
        tracemalloc.start()
        t0 = time.perf_counter()
        cohort = write_cohort(work / "submissions", learners=args.learners, exercises=keys, seed=2026)
        gen_seconds = time.perf_counter() - t0
        gen_peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        n = len(cohort.answers)
        words = [len(a.split()) for a in cohort.answers.values() if isinstance(a, str)]
        forms = {}
        for f in cohort.files:
            forms[f.suffix] = forms.get(f.suffix, 0) + 1
        print(f"Synthetic cohort: {args.learners} learners x {len(keys)} exercises = {n} answers "
              f"({len(words)} texts, {min(words)}-{max(words)} words, median {sorted(words)[len(words) // 2]}; "
              f"{n - len(words)} step choices), {len(cohort.files)} files {forms}, "
              f"written in {gen_seconds:.1f} s (Python peak {gen_peak:.1f} MB)")
        print(f"Exercises: {', '.join(keys)}")

        # ---- the CLI ---------------------------------------------------------------------------------
        book, reports = work / "gradebook.sqlite", work / "reports"
        exe = Path(sys.executable).with_name("trustlib")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        load_before = os.getloadavg()[0]
        t0 = time.perf_counter()
        done = subprocess.run([str(exe), "grade", str(cohort.directory), "--gradebook", str(book),
                               "--reports", str(reports), "--jobs", str(args.jobs), "--quiet"],
                              capture_output=True, text=True)
        cli_seconds = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cli_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        load_after = os.getloadavg()[0]
        if done.returncode != 0:
            print(done.stdout, done.stderr, file=sys.stderr)
            return 1
        cli_peak = peak_rss_mb(resource.RUSAGE_CHILDREN)
        print("\n$ trustlib grade SUBMISSIONS --gradebook G --reports R "
              f"--jobs {args.jobs}\n" + "\n".join("  " + line for line in done.stdout.splitlines()))
        with Gradebook(book) as gb:
            graded = {(s.learner, s.key): s for s in gb.submissions(current_only=True)}
        pages = len(list(reports.rglob("*.html")))
        assert len(graded) == n, f"graded {len(graded)} of {n}"
        assert all(graded[k].answer == a for k, a in cohort.answers.items()), "a stored answer differs"

        # ---- the naive loop --------------------------------------------------------------------------
        notebook = score_one_notebook(work / "score-one.ipynb")
        (work / "naive").mkdir()
        sample = []
        for key in keys:  # one answer per exercise, then round-robin
            sample += [(lid, k) for (lid, k) in cohort.answers if k == key][:1]
        sample = (sample * ((args.sample // max(1, len(sample))) + 1))[:args.sample]
        same = 0
        t0 = time.perf_counter()
        for learner, key in sample:
            scenario, exercise = key.split("/")
            report = naive_score(notebook, work / "naive", scenario, exercise, cohort.answers[(learner, key)])
            same += report == graded[(learner, key)].report.to_dict()
        naive_seconds = time.perf_counter() - t0
        naive_peak = peak_rss_mb(resource.RUSAGE_CHILDREN)

        per_cli = cli_seconds / n
        per_naive = naive_seconds / len(sample)
        print(f"\nNaive loop: {len(sample)} answers, one papermill execution (fresh kernel) each: "
              f"{naive_seconds:.1f} s")
        print("\nResults")
        print(f"  CLI, {n} answers with {pages} HTML reports, --jobs {args.jobs}: {cli_seconds:.1f} s total "
              f"(target < 60 s) -> {1000 * per_cli:.1f} ms per answer")
        print(f"  CLI CPU time (all its processes):          {cli_cpu:.1f} s -> {1000 * cli_cpu / n:.1f} ms per answer; "
              f"machine load average {load_before:.1f} before, {load_after:.1f} after (2 cores: above ~0.5, "
              "other work competes for them)")
        print(f"  papermill per answer:                      {1000 * per_naive:.0f} ms per answer")
        print(f"  ratio:                                     {per_naive / per_cli:.0f}x faster (target >= 30x)")
        print(f"  scores identical on the sample:            {same}/{len(sample)}")
        print(f"  peak memory: largest grading process {cli_peak:.0f} MB RSS; largest process overall "
              f"(incl. papermill kernels) {naive_peak:.0f} MB; this script {peak_rss_mb(resource.RUSAGE_SELF):.0f} MB")
        ok = same == len(sample) and per_naive / per_cli >= 30 and (n < 1000 or cli_seconds < 60)
        print(f"  verdict: {'all targets met' if ok else 'TARGET MISSED'}")
        if args.keep:
            print(f"\nKept in {work}")
        return 0 if ok else 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

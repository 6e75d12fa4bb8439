"""Synthetic cohorts: realistic, varied submissions for demos, tests and benchmarks.

Answers are assembled from sentence pools: sentences of the exercise's model answer and the
scenario's own facts, partners and unknowns (what strong answers say), and pools of the
phrasings the guidance warns against (agentless passives, victim-blaming, pre-judging the
officer, stonewalling, speculation) and of filler. Each synthetic learner has a skill level
that decides the mix, so scores spread from weak to strong. Steps answers pick and order
options the same way. Output is deterministic for a given seed.

The files are written in all the forms the grader reads: responses files (most learners),
saved notebooks with record outputs, and CSV and JSONL exports.
"""

from __future__ import annotations

import csv
import json
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Sequence

from ..scenario import Scenario, StepsExercise, TextExercise
from ..scenarios import bundled_ids, load_scenario
from .submissions import RECORD_MIME, Answer

AGENTLESS = [
    "Shots were fired during an officer-involved shooting.",
    "A struggle ensued and the officer's weapon was discharged.",
    "The individual was struck by gunfire during the encounter.",
    "A use-of-force incident occurred involving one of our officers.",
    "Force was used and the subject became unresponsive.",
]
DEMONIZING = [
    "The suspect has a lengthy criminal record and was known to police.",
    "He was reportedly high on drugs and acting erratically.",
    "The subject was non-compliant and had prior arrests for assault.",
    "He was a known gang associate with a history of violence.",
    "If he had complied with the officer's commands, none of this would have happened.",
]
PREJUDGING = [
    "The officer followed his training and acted within policy.",
    "We stand behind our officers one hundred percent.",
    "The officer had no choice and feared for his life.",
    "Our preliminary review shows the use of force was justified.",
]
STONEWALL = [
    "We have no further comment at this time.",
    "No further information will be released while the matter is under review.",
    "We will not be answering questions tonight.",
]
FILLER = [
    "This is a difficult time for everyone in our city.",
    "We ask the public for patience.",
    "Our department is committed to serving this community.",
    "Thank you for your attention.",
    "Policing is a hard job and our officers work long hours.",
    "We value our relationship with residents.",
]
INTERNAL_BAD = [
    "Do not talk to anyone about this, inside or outside the department.",
    "Keep your heads down and let the lawyers handle it.",
    "Anyone who needs counselling should handle it on their own time.",
    "The press will get our statement before you do.",
]


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", " ".join(text.split()))
    return [p.strip() for p in parts if len(p.split()) >= 3]


@dataclass
class Pools:
    """The sentence pools of one text exercise."""

    good: list[str]
    bad: list[str]
    filler: list[str]


def pools_for(scenario: Scenario, exercise: TextExercise) -> Pools:
    """Good, bad and filler sentences for an exercise, drawn from its scenario and model answer."""
    model = exercise.model_answer if isinstance(exercise.model_answer, str) else " ".join(exercise.model_answer)
    good = _sentences(model)
    bad: list[str] = []
    if exercise.kind in ("officer-message",):
        bad += INTERNAL_BAD + PREJUDGING[:2]
    elif exercise.kind in ("engagement-plan", "reflection"):
        bad += FILLER[4:] + ["We only need to meet the groups that help us solve crimes.",
                             "Community events are not a good use of patrol time."]
    else:
        bad += AGENTLESS + DEMONIZING + PREJUDGING + STONEWALL
    if scenario.incident is not None and exercise.kind != "engagement-plan":
        extra = [f.text for f in scenario.incident.known_facts[:4]]
        extra += [f"We do not yet know {u.text}, and we will not speculate." for u in scenario.incident.unknowns[:2]]
        good += [s for s in extra if s not in good]
        for unknown in scenario.incident.unknowns:
            bad += [f"Witnesses told us {claim}." for claim in unknown.asserted_by[:2]]
    for partner in scenario.partners[:2]:
        good.append(f"We have reached out to {partner.name} and will meet with them this week.")
    return Pools(good, bad, FILLER[:4])


def text_answer(rng: random.Random, pools: Pools, skill: float) -> str:
    """A text answer: more good sentences and fewer bad ones as ``skill`` (0..1) rises."""
    k = max(1, round(len(pools.good) * min(1.0, skill * rng.uniform(0.6, 1.2))))
    chosen = sorted(rng.sample(range(len(pools.good)), min(k, len(pools.good))))
    out = [pools.good[i] for i in chosen]
    n_bad = sum(rng.random() < (1.0 - skill) * 0.8 for _ in range(3))
    for sentence in rng.sample(pools.bad, min(n_bad, len(pools.bad))):
        out.insert(rng.randrange(len(out) + 1), sentence)
    for sentence in rng.sample(pools.filler, rng.randint(0, 2)):
        out.insert(rng.randrange(len(out) + 1), sentence)
    return " ".join(out)


def steps_answer(rng: random.Random, exercise: StepsExercise, skill: float) -> list[str]:
    """A steps answer: most of the model answer for a strong learner, harmful steps for a weak one."""
    model = list(exercise.model_answer)
    chosen = [oid for oid in model if rng.random() < 0.25 + 0.75 * skill]
    for option in exercise.options:
        if option.id in chosen:
            continue
        if option.harmful and rng.random() < (1.0 - skill) * 0.5:
            chosen.insert(rng.randrange(len(chosen) + 1), option.id)
        elif not option.harmful and option.id not in model and rng.random() < 0.2:
            chosen.append(option.id)
    if len(chosen) > 1 and rng.random() > skill:
        i, j = rng.sample(range(len(chosen)), 2)
        chosen[i], chosen[j] = chosen[j], chosen[i]
    return chosen or [model[0]]


@dataclass
class SyntheticCohort:
    """What :func:`write_cohort` wrote."""

    directory: Path
    answers: dict[tuple[str, str], Answer] = field(default_factory=dict)
    """(learner, ``scenario/exercise``) -> the learner's latest answer."""
    attempts: int = 0
    """Earlier attempts written as well (in responses files)."""
    files: list[Path] = field(default_factory=list)
    bad_items: int = 0
    """Deliberately bad items written (when asked for)."""


def default_exercises(count: int = 5) -> list[str]:
    """The first ``count`` exercise keys, scenario by scenario (bundled scenarios, sorted by id)."""
    keys: list[str] = []
    for sid in bundled_ids():
        for ex in load_scenario(sid).exercises:
            keys.append(f"{sid}/{ex.id}")
            if len(keys) == count:
                return keys
    return keys


def _notebook(learner: str, records: list[dict[str, Any]]) -> dict[str, Any]:
    cells: list[dict[str, Any]] = [{"cell_type": "markdown", "id": "intro", "metadata": {},
                                    "source": "# Exercises"}]
    for i, record in enumerate(records):
        cells.append({
            "cell_type": "code", "id": f"exercise-{i}", "execution_count": i + 1,
            "metadata": {"tags": ["hide-input"]},
            "source": f"exercise_{i}.submit(answer)",
            "outputs": [{"output_type": "display_data", "metadata": {},
                         "data": {"text/plain": f"<Report {record['exercise']}>", RECORD_MIME: record}}],
        })
    return {"nbformat": 4, "nbformat_minor": 5, "cells": cells,
            "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                         "trustlib": {"learner": learner}}}


def write_cohort(directory: str | Path, learners: int = 30, exercises: Sequence[str] | None = None, *,
                 seed: int = 0, attempts: int = 0, forms: Sequence[str] = ("json", "ipynb", "csv", "jsonl"),
                 bad_items: bool = False, start: datetime | None = None) -> SyntheticCohort:
    """Write a synthetic cohort of ``learners`` x ``exercises`` answers under ``directory``.

    ``attempts``: up to this many earlier (weaker) attempts per answer, in responses files.
    ``forms``: which file forms to use, cycled over learners. ``bad_items``: also write a corrupt
    file, an unknown exercise, an empty answer, an HTML/JS answer and a path-traversal learner id.
    """
    rng = random.Random(seed)
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    keys = list(exercises) if exercises is not None else default_exercises()
    scenarios = {sid: load_scenario(sid) for sid in {k.split("/")[0] for k in keys}}
    targets = {k: scenarios[k.split("/")[0]].exercise(k.split("/")[1]) for k in keys}
    pools = {k: pools_for(scenarios[k.split("/")[0]], ex) for k, ex in targets.items() if isinstance(ex, TextExercise)}
    start = start or datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
    cohort = SyntheticCohort(root)
    rows: dict[str, list[dict[str, Any]]] = {"csv": [], "jsonl": []}
    width = len(str(learners))

    def answer_for(key: str, skill: float) -> Answer:
        ex = targets[key]
        return steps_answer(rng, ex, skill) if isinstance(ex, StepsExercise) else text_answer(rng, pools[key], skill)

    for n in range(learners):
        learner = f"officer-{n + 1:0{width}d}"
        skill = rng.betavariate(2.2, 1.6)
        form = forms[n % len(forms)]
        entries: dict[str, Any] = {}
        records = []
        for j, key in enumerate(keys):
            when = start + timedelta(days=j, minutes=7 * n)
            history = []
            if form == "json" and attempts:
                for a in range(rng.randint(0, attempts)):
                    history.append({"answer": answer_for(key, max(0.05, skill - 0.25 * (a + 1))),
                                    "checked": (when - timedelta(hours=a + 1)).isoformat()})
                history.reverse()
            answer = answer_for(key, skill)
            cohort.answers[(learner, key)] = answer
            cohort.attempts += len(history)
            sid, eid = key.split("/")
            if form == "json":
                entries[key] = {"answer": answer, "updated": when.isoformat(),
                                "attempts": history + [{"answer": answer, "checked": when.isoformat()}]}
            elif form == "ipynb":
                records.append({"learner": learner, "scenario": sid, "exercise": eid, "answer": answer,
                                "report": None})
            else:
                rows[form].append({"learner": learner, "scenario": sid, "exercise": eid,
                                   "answer": answer if isinstance(answer, str) else ",".join(answer),
                                   "submitted_at": when.isoformat()})
        if form == "json":
            path = root / "responses" / f"{learner}.json"
            path.parent.mkdir(exist_ok=True)
            path.write_text(json.dumps({"format": 1, "learner": learner, "answers": entries}, indent=1), "utf-8")
            cohort.files.append(path)
        elif form == "ipynb":
            path = root / "notebooks" / f"{learner}.ipynb"
            path.parent.mkdir(exist_ok=True)
            path.write_text(json.dumps(_notebook(learner, records), indent=1), "utf-8")
            cohort.files.append(path)
    if rows["csv"]:
        path = root / "lms-export.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, ["learner", "scenario", "exercise", "answer", "submitted_at"])
            writer.writeheader()
            writer.writerows(rows["csv"])
        cohort.files.append(path)
    if rows["jsonl"]:
        path = root / "lms-export.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows["jsonl"]), "utf-8")
        cohort.files.append(path)
    if bad_items:
        cohort.bad_items = _write_bad_items(root, keys[0])
    return cohort


def _write_bad_items(root: Path, key: str) -> int:
    bad = root / "problems"
    bad.mkdir(exist_ok=True)
    (bad / "truncated.json").write_text('{"format": 1, "learner": "officer-x", "answers": {"', "utf-8")
    (bad / "latin1.csv").write_bytes("learner,scenario,exercise,answer\nrené,a,b,caf\xe9\n".encode("latin-1"))
    sid, eid = key.split("/")
    answers = {
        f"{sid}/no-such-exercise": {"answer": "We will meet residents tonight.", "updated": "2026-11-02T09:00:00Z"},
        key: {"answer": "   ", "updated": "2026-11-02T09:00:00Z"},
    }
    (bad / "officer-empty.json").write_text(json.dumps({"format": 1, "learner": "officer-empty",
                                                        "answers": answers}), "utf-8")
    script = ("<script>alert('x')</script> An officer shot a man tonight. "
              "<img src=x onerror=alert(1)> We will release the video.")
    (bad / "traversal.json").write_text(json.dumps({"format": 1, "learner": "../../etc/passwd", "answers": {
        key: {"answer": script if not key.endswith("first-hours") else ["<b>x</b>"],
              "updated": "2026-11-02T09:00:00Z"}}}), "utf-8")
    return 5


def demo_cohort(directory: str | Path) -> SyntheticCohort:
    """The small sample cohort the instructor notebooks grade when given no submissions:
    8 learners, 5 exercises, earlier attempts, and one of each kind of bad item."""
    return write_cohort(directory, learners=8, attempts=2, bad_items=True, seed=1)

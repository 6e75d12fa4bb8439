"""The labelled sets in benchmarks/ are data the figures rest on: each must load and agree with its scenarios."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

import trustlib

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SETS = sorted(BENCHMARKS.glob("*.yaml"))
LEVELS = {"met", "partial", "missed", "violated"}


def test_the_sets_are_found():
    assert {"devset.yaml", "heldout57.yaml"} <= {p.name for p in SETS}


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_every_item_names_a_real_exercise_and_labels_only_its_principles(path: Path):
    items = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids)), f"{path.name}: duplicate ids"
    scenarios = {}
    for item in items:
        sid = item["scenario"]
        if sid not in scenarios:
            file = BENCHMARKS / sid
            scenarios[sid] = trustlib.load_scenario(file if file.suffix == ".yaml" and file.exists() else sid)
        exercise = scenarios[sid].exercise(item["exercise"])
        where = f"{path.name}: {item['id']}"
        assert set(item["labels"]) == set(exercise.principles), where
        assert set(item["labels"].values()) <= LEVELS, where
        assert 0 <= item["overall"] <= 100, where
        pair = item.get("pair")
        assert pair is None or pair in ids or sum(o.get("pair") == pair for o in items) == 2, where

"""Every labelled answer's levels, saved and compared label by label, to see what a change to the scorer does.

    .venv/bin/python benchmarks/levels.py save before.json             # every set in benchmarks/
    .venv/bin/python benchmarks/levels.py save after.json --sets heldout20 heldout21
    .venv/bin/python benchmarks/levels.py compare before.json after.json [--list]

``save`` scores each set's answers with the trustlib it imports (point ``PYTHONPATH`` at a worktree to save an older
commit's levels) on two processes, without timing them: about a minute for all the sets. ``compare`` prints, for each
set whose figures moved, violation recall, precision and exact agreement before and after, then how many labels
came to agree with the hands and how many stopped agreeing; ``--list`` names each label that changed
(``+`` now agrees, ``-`` no longer agrees, ``~`` disagrees either way).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from multiprocessing import Pool
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent


def _levels_of_set(name: str) -> list[dict]:
    """Each answer of one set: its id, its hand labels and the scorer's level for each labelled principle."""
    import trustlib  # imported in the worker, so PYTHONPATH decides which scorer runs

    items = YAML(typ="safe").load((HERE / f"{name}.yaml").read_text(encoding="utf-8"))
    scenarios: dict[str, object] = {}
    out = []
    for item in items:
        sid = item["scenario"]
        if sid not in scenarios:
            file = HERE / sid
            scenarios[sid] = trustlib.load_scenario(file if file.suffix == ".yaml" else sid)
        report = trustlib.score_response(scenarios[sid], item["exercise"], item["answer"])
        out.append({"set": name, "id": item["id"], "labels": item["labels"],
                    "levels": {pid: report.principles[pid].level for pid in item["labels"]}})
    return out


def save(path: Path, sets: list[str]) -> None:
    with Pool(2) as pool:
        rows = [row for rows in pool.map(_levels_of_set, sets) for row in rows]
    path.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} answers from {len(sets)} sets -> {path}")


def _figures(rows: list[dict]) -> dict[str, list[int]]:
    """Per set: violations found, violations labelled, violations flagged, exact agreements, labels."""
    figures: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for row in rows:
        f = figures[row["set"]]
        for pid, want in row["labels"].items():
            got = row["levels"][pid]
            f[0] += want == got == "violated"
            f[1] += want == "violated"
            f[2] += got == "violated"
            f[3] += want == got
            f[4] += 1
    return figures


def compare(before: Path, after: Path, listing: bool) -> None:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = {(r["set"], r["id"]): r for r in json.loads(after.read_text(encoding="utf-8"))}
    a, b = _figures(old), _figures(list(new.values()))
    for name in a:
        if name in b and a[name] != b[name]:
            x, y = a[name], b[name]
            print(f"{name:10} recall {x[0]}/{x[1]} -> {y[0]}/{y[1]}  precision {x[0]}/{x[2]} -> {y[0]}/{y[2]}  "
                  f"exact {x[3]} -> {y[3]} /{x[4]}")
    gained = lost = 0
    for row in old:
        other = new.get((row["set"], row["id"]))
        if other is None:
            continue
        for pid, want in row["labels"].items():
            was, now = row["levels"][pid], other["levels"][pid]
            if was == now:
                continue
            mark = "+" if now == want else "-" if was == want else "~"
            gained += mark == "+"
            lost += mark == "-"
            if listing:
                print(f"  {mark} {row['set']:9} {row['id']:34} {pid:36} want {want:8} {was} -> {now}")
    print(f"labels now agreeing +{gained}, no longer agreeing -{lost}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    saving = commands.add_parser("save", help="score every labelled answer and save its levels")
    saving.add_argument("out", type=Path)
    saving.add_argument("--sets", nargs="+", help="set names (default: every *.yaml in benchmarks/)")
    comparing = commands.add_parser("compare", help="compare two saved files label by label")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--list", action="store_true", help="name each label that changed")
    args = parser.parse_args()
    if args.command == "save":
        save(args.out, args.sets or sorted(p.stem for p in HERE.glob("*.yaml")))
    else:
        compare(args.before, args.after, args.list)


if __name__ == "__main__":
    main()

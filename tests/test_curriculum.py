"""The modules as data: structure, hidden code, parameters, and every principle taught, exercised and scored.

Read from the notebook files (nbformat, never executed) and the scenario files.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

import trustlib
from trustlib.rubric import CONTRACT_IDS, load_rubric

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("0*.ipynb"))
SHOW = re.compile(r'session\.show\("([^"]+)", "([^"]+)"\)')


def _nb(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(str(path), as_version=4)


def _markdown(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def _exercises(nb) -> list[tuple[str, str]]:
    return [m for c in nb.cells if c.cell_type == "code" for m in SHOW.findall(c.source)]


def test_seven_modules_in_order() -> None:
    names = [p.stem for p in NOTEBOOKS]
    assert [n[:2] for n in names] == ["01", "02", "03", "04", "05", "06", "07"]
    assert names[0] == "01-start-here" and names[3] == "04-public-statement" and names[6] == "07-capstone"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_module_structure(path: Path) -> None:
    nb = _nb(path)
    nbformat.validate(nb)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# Module")
    assert "**Time:** about" in first.source and "By the end of this module you will be able to" in first.source
    assert "Reflection" in _markdown(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    params = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    for name in ("learner", "responses", "answers"):
        assert re.search(rf"^{name} = None\b", params[0].source, re.M)
    for c in code:  # officers see no code
        assert "hide-input" in c.metadata.get("tags", [])
        assert c.metadata.get("jupyter", {}).get("source_hidden") is True
        assert c.source.startswith("#"), "the collapsed line JupyterLab shows must read as a label"
        assert not c.get("outputs") and c.get("execution_count") is None, "commit modules without outputs"
    meta = nb.metadata.get("trustlib", {})
    assert meta.get("minutes") and meta.get("title")


def test_modules_add_up_to_about_three_hours() -> None:
    minutes = sum(_nb(p).metadata["trustlib"]["minutes"] for p in NOTEBOOKS)
    assert 150 <= minutes <= 210


def test_every_exercise_shown_exists() -> None:
    for path in NOTEBOOKS:
        for scenario, exercise in _exercises(_nb(path)):
            trustlib.load_scenario(scenario).exercise(exercise)


def test_every_principle_is_taught_exercised_and_scored() -> None:
    rubric = load_rubric()
    taught: dict[str, list[str]] = {}
    exercised: dict[str, list[str]] = {}
    for path in NOTEBOOKS:
        nb = _nb(path)
        text = _markdown(nb)
        for pid in nb.metadata["trustlib"]["teaches"]:
            # taught: named in that module's own narrative (its id, as the feedback shows it)
            assert f"`{pid}`" in text or rubric.get(pid).title in text, f"{path.stem} claims to teach {pid}"
            taught.setdefault(pid, []).append(path.stem)
        for scenario, exercise in _exercises(nb):
            spec = trustlib.load_scenario(scenario).exercise(exercise)
            for pid in spec.principles:
                exercised.setdefault(pid, []).append(f"{path.stem}:{scenario}/{exercise}")
    assert set(CONTRACT_IDS) <= set(taught), f"never taught: {set(CONTRACT_IDS) - set(taught)}"
    assert set(CONTRACT_IDS) <= set(exercised), f"never exercised: {set(CONTRACT_IDS) - set(exercised)}"
    # scored: the scorer reports a level (never 'na') for each, on the exercise's model answer
    scored: set[str] = set()
    for pid, where in exercised.items():
        for item in where:
            scenario, exercise = item.split(":", 1)[1].split("/")
            spec = trustlib.load_scenario(scenario).exercise(exercise)
            report = trustlib.score_response(scenario, exercise, spec.model_answer)
            assert report.principles[pid].level != "na" and report.principles[pid].score is not None
            scored.add(pid)
            break
    assert scored == set(CONTRACT_IDS)
    # each principle a module teaches is also exercised somewhere
    assert set(taught) <= set(exercised)


def test_capstone_walks_the_week() -> None:
    nb = _nb(ROOT / "notebooks" / "07-capstone.ipynb")
    shown = [e for s, e in _exercises(nb) if s == "millbrook-capstone"]
    scenario = trustlib.load_scenario("millbrook-capstone")
    assert sorted(shown) == sorted(e.id for e in scenario.exercises)
    text = _markdown(nb)
    stages = [text.index(s) for s in ("T+1 hour", "T+24 hours", "T+72 hours", "One week")]
    assert stages == sorted(stages)
    injects = [c.source for c in nb.cells if "session.inject(" in c.source]
    assert [re.search(r'"([^"]+)"\)', s).group(1) for s in injects] == [i.at for i in scenario.injects]
    assert any("show_results(session)" in c.source for c in nb.cells)


def test_guidance_is_quoted_short_and_attributed() -> None:
    for path in NOTEBOOKS:
        text = _markdown(_nb(path))
        quotes = re.findall(r"“([^”]{40,})”", text)
        for q in quotes:
            assert len(q.split()) <= 60, f"{path.stem}: a quote longer than a short excerpt"
        if "> “" in text:
            assert "Vera Institute of Justice" in text


def test_notebooks_match_their_generator(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_modules.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for path in NOTEBOOKS:
        assert (tmp_path / path.name).read_text() == path.read_text(), \
            f"{path.name} is out of date: edit tools/make_modules.py (not the notebook) and run it"

"""The rubric file: the 16 contract ids, complete and in the project's own words."""

from __future__ import annotations

import re

from conftest import ROOT, SCENARIOS

from trustlib import load_rubric
from trustlib.rubric import CONTRACT_IDS, Category

PRINCIPLES_MD = ROOT.parent / "shared" / "guidance" / "principles.md"


def test_all_sixteen_contract_ids_are_in_the_bundled_rubric():
    ids = load_rubric().ids()
    assert len(CONTRACT_IDS) == 16
    assert set(CONTRACT_IDS) <= set(ids)
    assert len(ids) == len(set(ids))


def test_contract_ids_match_the_guidance_table_when_it_is_beside_the_repo():
    # The guidance is read here only to check the contract; the package never reads ../shared.
    if not PRINCIPLES_MD.exists():
        return
    table_ids = re.findall(r"^\| `([a-z-]+)` \|", PRINCIPLES_MD.read_text(), re.M)
    assert sorted(table_ids) == sorted(CONTRACT_IDS)


def test_every_principle_has_levels_excerpt_and_source():
    for p in load_rubric().principles:
        assert p.levels.met and p.levels.partial and p.levels.violated
        assert "Vera" in p.excerpt or p.source
        assert len(p.excerpt) < 300, f"{p.id}: keep excerpts of the guidance short"


def test_categories_follow_the_guidance():
    by_cat = {}
    for p in load_rubric().principles:
        by_cat.setdefault(p.category, []).append(p.id)
    assert len(by_cat[Category.before]) == 6
    assert "transparency-and-accountability" in by_cat[Category.throughout]
    assert set(by_cat[Category.officers]) == {
        "support-officers", "include-officers-in-messaging", "accountability-with-officer-rights"}


def test_package_never_reads_the_shared_folder():
    for src in (ROOT / "trustlib").rglob("*.py"):
        assert "shared/" not in src.read_text(), f"{src} refers to ../shared"


def test_rubric_file_is_the_bundled_one():
    assert (SCENARIOS / "rubric.yaml").is_file()

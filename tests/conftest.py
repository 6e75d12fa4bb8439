"""Shared fixtures: the repository's paths and a writer for scenario files in a temp dir."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "scenarios"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh TRUSTLIB_HOME (kernels started by the test inherit it) and no default learner."""
    home = tmp_path / "home"
    monkeypatch.setenv("TRUSTLIB_HOME", str(home))
    monkeypatch.delenv("TRUSTLIB_LEARNER", raising=False)
    return home


@pytest.fixture
def write(tmp_path: Path):
    """Write a text file into the temp dir and return its path."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return _write

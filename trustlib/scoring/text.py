"""A parsed answer: sentences with lemmas, negation, hedging and voice, ready for detectors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .. import nlp

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Span, Token

#: Answers are read up to this many words; longer ones get a note (a statement is never this long).
MAX_WORDS = 1500
_FUNCTION_WORDS = frozenset(
    "the a an and of to in is are was were we our will be have has that this for on with at by it "
    "he she they his her their you your i not as from who which been".split()
)


#: Parts of speech that relate words to each other: a sentence has them, a list of keywords hardly any.
_RELATING = frozenset(("ADP", "AUX", "VERB", "DET", "PRON", "PART", "SCONJ", "CCONJ"))
_LONG_SENTENCE = 25


#: The rubric's own virtues: an item that is nothing but these ("Transparency.", "Open and honest", "no
#: speculation") names a principle instead of doing it.
_VALUE_WORDS = frozenset(
    "transparency transparent accountability accountable respect respectful honesty honest open openness dignity "
    "trust trustworthy compassion integrity fairness fair empathy professionalism partnership collaboration "
    "cooperation engagement listening speculation condolence".split())
_NOT_CONTENT = frozenset("no not and".split())
#: The rubric's own vocabulary, what it calls the things an answer does ("admits wrongdoing", "does not demonize",
#: "the agency response", "next update, clock, contact"): an answer thick with them names the principles instead of
#: doing them.
_RUBRIC_TERMS = tuple(re.compile(r"(?i)" + t) for t in (
    r"\bdemoni[sz]\w*", r"\bwrongdoing\b", r"\btransparen\w*", r"\baccountab\w*", r"\bdue process\b",
    r"\bagency response\b", r"\bcommunity partners?\b", r"\bcultural norms?\b", r"\bunknowns?\b", r"\bclock\b",
    r"\bnext update\b", r"\bcontact\b", r"\bofficer rights?\b", r"\binform(?:s|ing)? the public\b", r"\bthe facts\b",
    r"\bengage\w*", r"\bapologi[sz]\w*", r"\badmit\w*", r"\bannounce\w*", r"\bcondolence\w*",
    r"\bsupport(?:s|ing)? officers\b", r"\bactive voice\b", r"\beuphemism\w*", r"\bstonewall\w*",
    r"\bindependent(?:ly)?\b", r"\blistening\b", r"\brespect\w*"))
_FIRST_PERSON = frozenset("i we our my us me".split())
#: What an answer is called when it speaks of itself, and what the rubric says an answer does.
_ANSWER_NOUNS = frozenset("statement letter message plan answer response note memo release email post".split())
_RUBRIC_ACTS = frozenset("state name give say speak acknowledge commit refer apologise apologize own include list tell "
                         "describe explain address offer provide outline cover announce express avoid leave protect "
                         "use speculate centre center admit respect".split())


#: A clause's opening that denies its verb: "nobody in this office", "no one here", "none of us".
_NEGATIVE_OPENING = re.compile(r"(?i)\s*(?:nobody|no one|none of \w+)(?:\s+(?:in|at|on|of|from|here)\b[^,;:]*)?\s*$")
#: Pronouns that deny their own verb as its subject ("nothing he did could justify ...").
_NEGATIVE_PRONOUNS = frozenset(("nothing", "nobody", "none"))


def _verb_read_as_modifier(tok: "Token") -> bool:
    """A past verb the parser hung on the noun after it, right after its own subject ("a lieutenant sprayed pepper
    spray into their faces": "sprayed" as a modifier of "spray"): a noun before a participle that modifies is no
    determiner or adjective ("the injured man")."""
    return tok.pos_ == "VERB" and tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN") and tok.i > tok.sent.start and \
        tok.nbor(-1).pos_ in ("NOUN", "PROPN") and tok.nbor(-1).dep_ in ("nsubj", "npadvmod", "appos")


def negative_subject(token: "Token", dets: tuple[str, ...] = ("no",)) -> bool:
    """Whether a subject denies its verb: "nothing he did could justify ...", "nobody will ask ...", "no officer
    will ..." (``dets``: the determiners that make a noun subject negative)."""
    return token.dep_ in ("nsubj", "nsubjpass") and negative_noun(token, dets)


def writer_is_subject(verb: "Token", passive: bool = False) -> bool:
    """Whether the writer is a verb's subject ("we know", "I saw"; with ``passive``, "we were told" too)."""
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    return any(c.dep_ in deps and c.lower_ in ("i", "we") for c in verb.children)


def verb_with_subject(verb: "Token") -> "Token":
    """The verb itself, or the first of a chain of joined verbs that holds their shared subject ("took her down ...
    and punched her": "punched" is "took"'s)."""
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return verb


def own_clause(verb: "Token") -> list["Token"]:
    """A verb and the words of its own clause: its subtree less the clauses joined to it ("I am writing to you first,
    and I leave it to you how this is shared with his parents": the parents are not written to)."""
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "ccomp", "advcl", "parataxis")
              and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return [t for t in verb.subtree if t.i not in joined]


def negative_noun(token: "Token", dets: tuple[str, ...] = ("no",)) -> bool:
    """Whether a noun phrase names no one and nothing: "nothing", "nobody", "no officer", "no Muslim partner"."""
    return token.lower_ in _NEGATIVE_PRONOUNS or any(g.dep_ == "det" and g.lower_ in dets for g in token.children)


#: Prefixes that turn a word round ("male"/"female", "known"/"unknown", "armed"/"unarmed").
_OPPOSITE_PREFIXES = ("fe", "un", "in", "im", "non", "dis", "ir", "il")
#: States that are each other's opposite with no prefix between them.
_OPPOSITE_PAIRS = {frozenset(p.split("/")) for p in
                   "on/off in/out up/down open/closed open/shut present/absent alive/dead normal/low normal/high "
                   "high/low".split()}


def opposite_words(a: str, b: str) -> bool:
    """Whether two words are each other's opposite: a pair such as "on"/"off", or one the other with a prefix
    that turns it round."""
    if frozenset((a, b)) in _OPPOSITE_PAIRS:
        return True
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return long.endswith(short) and long[:-len(short)] in _OPPOSITE_PREFIXES


#: Clauses that have (or may have) a subject of their own, so that a negative subject above them does not reach.
_OWN_SUBJECT_CLAUSES = frozenset("ccomp advcl relcl csubj csubjpass acl parataxis pcomp ROOT".split())
#: Verbs of saying: a clause no one says ("no one should suggest that ...") is not said.
_SAYING = frozenset("say suggest claim imply speculate insinuate assert state call label describe".split())
#: Subordinating words whose clause keeps its own truth whatever the main clause denies.
_OWN_TRUTH = frozenset("until unless because since although though".split())


#: A heading that denies the list after it: "What we won't do:", "We will not:", "Never:".
# (Or said as a sentence: "What we are not going to do is run warrant checks at community events".)
DENYING_HEADING = re.compile(r"(?i)^\W*(?:what (?:we|i|officers|deputies|the (?:office|department)) "
                             r"(?:will not|won't|do not|don't|never|(?:are|am|is) not going to|(?:aren't|isn't) going "
                             r"to) do(?:\s*:|\s+is\b)|(?:(?:we|i) (?:will not|won't|never)|never|not|don'ts?)\s*:)")


@dataclass
class Sentence:
    """One sentence of the answer, with what detectors need to read it."""

    span: "Span"
    start: int
    end: int
    text: str
    lemmas: str
    """Lower-case lemmas joined by single spaces, with a leading and trailing space."""
    offsets: list[int] = field(repr=False, default_factory=list)
    """Character offset in ``lemmas`` where each token starts (index = token index in the sentence)."""

    @cached_property
    def is_clause(self) -> bool:
        """A real sentence (a verb and a few words), not a list of keywords."""
        words = [t for t in self.span if t.is_alpha]
        has_verb = any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") or _verb_read_as_modifier(t)
                       for t in self.span)
        # "Call 555-0142." is a sentence; "Condolences." is not.
        if not has_verb or not (len(words) >= 2 or any(t.like_num or t.like_email or t.like_url for t in self.span)):
            return False
        # A long run of words with almost nothing to relate them ("condolences family State Bureau of
        # Investigation independent investigation administrative leave body camera 72 hours ...") is a keyword
        # list even if a verb slipped in. Over every answer in benchmarks/, such runs of 25+ words have at most
        # 25% relating words; sentences, bullet plans included, have at least 33%.
        if len(words) >= _LONG_SENTENCE:
            # A name is one word however long ("Rev. Van Biak Thang (Merrivale Chin Pastors' Fellowship)"): a
            # sentence that lists leaders is not a keyword list.
            units = [t for t in words if not (t.pos_ == "PROPN" and t.i > self.span.start
                                              and t.nbor(-1).pos_ == "PROPN")]
            return len(units) < _LONG_SENTENCE or sum(t.pos_ in _RELATING for t in units) / len(units) >= 0.3
        return True

    @property
    def is_question(self) -> bool:
        """A direct question ("Was Daniel armed?"): it asks, it states nothing (an FAQ's answer follows it)."""
        return self.text.rstrip().endswith("?")

    def tokens_at(self, start: int, end: int) -> list["Token"]:
        """Tokens whose lemmas lie in ``lemmas[start:end]``."""
        return [tok for tok, off in zip(self.span, self.offsets) if start <= off < end]

    def find(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """Lemma-string matches of a compiled pattern."""
        return [(m.start(), m.end()) for m in pattern.finditer(self.lemmas)]

    def negated(self, start: int, end: int) -> bool:
        """Whether a lemma-string match is negated by the parse (``neg`` on it or its governing verbs)."""
        inside = self.tokens_at(start, end)
        inside_ids = {t.i for t in inside}
        # "No licence, tax-stamp or identification checks will be made": the parser may hang "No" from the first
        # noun of the list alone, but it denies the whole subject before the verb. So does a heading that says what
        # will not be done ("What we won't do: ask the case managers about residents' guns").
        first, root = self.span[0], self.span.root
        before = self.text[:inside[0].idx - self.span.start_char] if inside else ""
        if inside and (first.lower_ in ("no", "neither") and first.dep_ == "det" and first.i not in inside_ids
                       and all(t.i < root.i for t in inside) or DENYING_HEADING.match(before)):
            return True
        # "... and nobody in this office did anything wrong": a clause opened by "nobody" denies its verb, though the
        # parser may join "nobody" to the noun before the "and".
        if inside and _NEGATIVE_OPENING.match(re.split(r"[,;:]|\b(?:and|but)\b", before)[-1]):
            return True
        for tok in inside:
            node = came_from = tok
            shared = True  # every step so far from a verb that shares its subject ("arrested, cited or charged")
            for depth in range(6):
                for child in node.children:
                    # "suspected of nothing", "charged with nothing" (the preposition may be part of the cue)
                    if depth == 0 and child.dep_ == "prep" and any(
                            g.dep_ == "pobj" and g.lower_ in ("nothing", "none", "nobody") for g in child.children):
                        return True
                    if child.i in inside_ids:
                        continue
                    # "Mateo threatened no one", "she hit nobody": a verb whose object is no one did nothing (not
                    # "did nothing wrong", where the object is part of the words matched).
                    if depth == 0 and tok.pos_ == "VERB" and child.dep_ == "dobj" and (
                            child.lower_ in ("nothing", "none", "nobody") or child.lower_ == "one" and any(
                                g.dep_ == "det" and g.lower_ == "no" for g in child.children)):
                        return True
                    # "a tragic accident, not a case of anyone setting out to harm": the "not" after the comma
                    # denies what follows it, not the words before.
                    contrast = child.i > max(inside_ids) and child.i > 0 and child.doc[child.i - 1].text == ","
                    # (A sentence that opens "Nor will I call it ..." denies its verb as "not" would.)
                    if child.dep_ == "neg" and not contrast or (
                            child.dep_ == "det" and child.lower_ in ("no", "neither")) or (
                            child.lower_ == "nor" and child.i == self.span.start and node.pos_ in ("VERB", "AUX")):
                        return True
                    if (depth <= 1 or shared) and negative_subject(child, dets=("no", "neither")):
                        return True  # "nothing he did could justify ...", not a clause further up
                    # "No one coming to or leaving the centre will be asked for ID": the parser may make the
                    # subject a clause of its own, with "no one" inside it.
                    if (depth <= 1 or shared) and child.dep_ in ("csubj", "csubjpass") and any(
                            g.dep_ == "nsubj" and negative_subject(g, dets=("no", "neither")) for g in child.children):
                        return True
                    # "No one should suggest that our officer is guilty": what no one says is not said, though
                    # "nobody disputes that he was armed" still holds that he was.
                    if node.lemma_ in _SAYING and node.i not in inside_ids and \
                            negative_subject(child, dets=("no", "neither")):
                        return True
                    # "without naming him" denies what lies inside it, not the verb it hangs from ("tenants who
                    # are in the country without papers", "officers will meet residents without checking IDs").
                    if child.dep_ == "prep" and child.lower_ == "without" and child.i == came_from.i != tok.i:
                        return True
                # "refuse/decline to discuss X", "avoid speculating about X", "resist the urge to guess": but "he
                # resisted the officer's lawful commands" resists the commands, it does not decline to say them, and
                # "she resisted and became combative" did both.
                if node.lemma_ in ("refuse", "decline", "avoid", "resist") and node.i not in inside_ids and (
                        node.lemma_ != "resist" or came_from.dep_ not in ("dobj", "conj") or
                        came_from.lemma_ in ("urge", "temptation", "impulse")):
                    return True
                # "both officers failed to follow the crisis-call policy" did not follow it; "he failed to comply
                # with lawful commands" does not deny that the commands were lawful.
                if node.lemma_ in ("fail", "neglect") and node.i not in inside_ids and came_from.dep_ == "xcomp" \
                        and came_from.i in inside_ids:
                    return True
                # The parser may hang "Nothing he said could justify ..." from "Nothing" itself.
                if node.head.i == node.i and node.lower_ in ("nothing", "nobody", "none") and depth <= 2:
                    return True
                # "The family did nothing to bring this on themselves": what is done to no end is not done.
                if node.lower_ == "nothing" and node.head.lemma_ == "do" and came_from.dep_ in ("relcl", "acl") and \
                        any(c.dep_ == "aux" and c.lower_ == "to" for c in came_from.children):
                    return True
                if node.head.i == node.i:
                    break
                # "I will not rest until he is gone": the main clause's negation does not deny a clause of time
                # or reason hung from it.
                if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OWN_TRUTH for c in node.children):
                    break
                # Nor a consequence: "the media cycle doesn't wait for roll call, so keep an eye on our page".
                if node.dep_ in ("advcl", "conj") and any(
                        c.lower_ == "so" and c.dep_ in ("advmod", "mark", "cc") and c.i < node.i
                        for c in [*node.children, *(node.head.children if node.dep_ == "conj" else [])]):
                    break
                # ... read the other way round: "you'll see it on the news, so I won't repeat it" (the parser may
                # hang the first clause from the second).
                if node.dep_ == "ccomp" and node.i < node.head.i and any(
                        c.lower_ == "so" and c.dep_ in ("advmod", "mark", "cc") and node.i < c.i < node.head.i
                        for c in node.head.children):
                    break
                # Nor a relative clause: "we do not know ...; that belongs to the Bureau, which is investigating"
                # (but "Nothing he said could justify ..." may be parsed as a clause relative to "Nothing").
                # "There is no way to justify that" denies the clause it hangs from "no way".
                # A clause that tells a noun's content ("the rumour that he was drunk", where "that" fills no part of
                # it) is what the noun says: "we will not repeat the rumour that he was drunk" denies it.
                if node.dep_ == "relcl" and node.head.lower_ not in _NEGATIVE_PRONOUNS and not (
                        negative_noun(node.head, dets=("no", "neither")) and
                        any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)) and not any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
                    break
                # Nor a clause joined with its own subject: "we do not know what caused it, but I do know he
                # acted within policy" ("he did not run and hide" shares its subject, and its negation). Two
                # complements of one verb are both denied by it: "we will not say she resisted or that she
                # brought this on herself".
                if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and \
                        node.head.dep_ not in ("ccomp", "xcomp"):
                    break
                # A colon ends a clause: "we have new hostage rules: no shot through glass ..." (the parser may hang
                # the rules from the shot after the colon) denies nothing before it.
                if node.head.i > node.i and any(t.text == ":" for t in node.doc[node.i:node.head.i]):
                    break
                # The verb's negation denies its predicate, not its subject: in "the people second-guessing you
                # from their couches have never done this job" they are still second-guessing.
                if node.dep_ in ("nsubj", "nsubjpass", "csubj") and node.i not in inside_ids and \
                        not negative_noun(node, dets=("no", "neither")):
                    break
                # A step into another clause ends the sharing; a verb's own open complement shares its subject
                # ("Nobody ... is going to call it justified"), as does a word of the verb's own clause.
                shared = shared and node.dep_ not in _OWN_SUBJECT_CLAUSES
                # A semicolon ends a clause's reach, however the parser joined the two: in "I'll ask her for a
                # meeting ...; I won't go to Pastor Daniel on my own" the meeting is not refused.
                lo, hi = sorted((node.i, node.head.i))
                if any(t.text == ";" for t in node.doc[lo + 1:hi]):
                    break
                came_from, node = node, node.head
        return False

    @cached_property
    def fragments(self) -> list[str]:
        """The sentence and each of its predicates with its subject ("the man ... reached for his waistband"),
        so that a claim buried in a long sentence is still compared on its own."""
        return [self.text] + [" ".join(t.text for t in words) for words in self._predicates]

    @cached_property
    def fragment_spans(self) -> list[list[tuple[int, int]]]:
        """Each predicate of :attr:`fragments` (the sentence itself left out) as the character spans of its
        words in :attr:`text`."""
        return [[(t.idx - self.start, t.idx - self.start + len(t.text)) for t in words] for words in self._predicates]

    @cached_property
    def _predicates(self) -> list[list["Token"]]:
        """The words of each predicate with its subject, at most three, none a near copy of the sentence."""
        out: list[list[Token]] = []
        if sum(t.is_alpha for t in self.span) < 10:
            return out  # a short sentence is its own claim
        # A predicate that is most of the sentence says nothing the sentence does not.
        longest = 0.8 * sum(not (t.is_punct or t.is_space) for t in self.span)
        seen = {self.text}
        for tok in self.span:
            if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ROOT", "conj", "ccomp", "advcl", "relcl"):
                continue
            skip = set()
            for child in tok.children:
                if child.dep_ in ("conj", "cc") or (child.dep_ in ("advcl", "ccomp") and tok.dep_ != "ROOT"):
                    skip |= {t.i for t in child.subtree}
            words = [t for t in tok.subtree if t.i not in skip and not t.is_punct]
            if not any(t.dep_ in ("nsubj", "nsubjpass") for t in words):
                head = tok.head if tok.dep_ == "conj" else None
                subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")] if head is not None else []
                if tok.dep_ == "relcl":
                    subj = [tok.head]
                words = [t for s in subj for t in (s.subtree if tok.dep_ != "relcl" else [s])
                         if t.dep_ not in ("relcl", "appos", "punct") and not any(
                             a.dep_ in ("relcl", "appos") for a in t.ancestors if a.i >= s.i and a is not s)] + words
            text = " ".join(t.text for t in words)
            if 3 <= len(words) <= longest and text not in seen:
                seen.add(text)
                out.append(words)
            if len(out) >= 3:
                break
        return out

    @cached_property
    def asides(self) -> list["Sentence"]:
        """Clauses in parentheses ("Ms. Holloway (I will show up at the tenants' meeting unannounced)"), read
        on their own: a plan written as one long list carries its commitments there."""
        out, opened = [], None
        for tok in self.span:
            if tok.text == "(":
                opened = tok.i + 1
            elif tok.text == ")" and opened is not None:
                inner = self.span.doc[opened:tok.i]
                if any(t.pos_ in ("VERB", "AUX") for t in inner) and sum(t.is_alpha for t in inner) >= 4:
                    out.append(_sentence(inner))
                opened = None
        return out

    @cached_property
    def segments(self) -> list["Sentence"]:
        """The parts of a sentence joined by semicolons or by ", but", each with a verb ("He gave a warning; what
        we do not know is ..."; "What I don't know yet is how fast anybody was going, but I do know ..."), or none
        when the sentence is one part."""
        cuts = [t.i for t in self.span if t.text == ";" or _contrast_cut(t)]
        if not cuts:
            return []
        bounds = [self.span.start, *[c + 1 for c in cuts]], [*cuts, self.span.end]
        out = []
        for a, b in zip(*bounds):
            part = self.span.doc[a:b]
            if any(t.pos_ in ("VERB", "AUX") for t in part) and sum(t.is_alpha for t in part) >= 3:
                out.append(_sentence(part))
        return out

    def piece(self, start: int, end: int) -> str:
        """The lemmas of the part (see :attr:`segments`) that holds ``lemmas[start:end]``, or of the whole
        sentence when it is one part."""
        return self.part(start, end).lemmas

    def part(self, start: int, end: int) -> "Sentence":
        """The part (see :attr:`segments`) that holds ``lemmas[start:end]``, or the whole sentence."""
        for part in self.segments:
            a = self.offsets[part.span.start - self.span.start]
            if a <= start and end <= a + len(part.lemmas):
                return part
        return self

    def before(self, i: int) -> "Sentence":
        """The sentence's words before the token at document index ``i``, read as a sentence of their own."""
        return _sentence(self.span.doc[self.span.start:i])

    @cached_property
    def subjects(self) -> list["Token"]:
        return [t for t in self.span if t.dep_ in ("nsubj", "nsubjpass", "csubj")]


#: The longest line of shorthand notes read as a clause; a longer run of words with no verb is a keyword list.
_NOTE_WORDS = 12


#: A lettered or numbered item's mark: "(b) ", "b) ", "2) ".
_ENUMERATED = re.compile(r"\(?[a-z0-9]{1,2}\)\s")


def _an_item(s: Sentence) -> bool:
    """A memo's lettered item ("(b) Father Tavares: a listening session in the parish hall on a Tuesday or Thursday
    evening"): one of its points, verb or none, as a short line of notes is."""
    return bool(_ENUMERATED.match(s.text)) and 3 <= sum(t.is_alpha for t in s.span) <= 2 * _NOTE_WORDS


def _opens_a_line(text: str, start: int) -> bool:
    """Whether a sentence starting at ``start`` opens its line, after any bullet ("- ", "* ", "• "). Only its own
    line is read: a long answer has many lines."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip(" \t-*•")


@dataclass
class Analysis:
    """The parsed answer."""

    text: str
    sentences: list[Sentence]
    truncated_words: int = 0
    """How many words were left unread (0 when the whole answer was read)."""

    @cached_property
    def clauses(self) -> list[Sentence]:
        """The sentences that say something: those with a verb; in shorthand notes, where most lines have none
        ("- Foot patrol Cedar Ave, Tue/Thu afternoons."), every line of a few words (a keyword list never gets
        this far: see :meth:`is_word_list`)."""
        full = [s for s in self.sentences if s.is_clause]
        words = sum(1 for s in self.sentences for t in s.span if t.is_alpha)
        if sum(1 for s in full for t in s.span if t.is_alpha) >= 0.5 * words:
            # A line of shorthand with a number in it says something concrete in prose too ("- EAP, confidential,
            # 24 hours: 555-0188." under "What the department owes you"); a verbless piece inside a sentence's line
            # ("Church hall, Wednesday after the 6:30 prayer, plain clothes.") belongs to the sentence before it.
            return [s for s in self.sentences if s.is_clause or 3 <= sum(t.is_alpha for t in s.span) <= _NOTE_WORDS
                    and any(t.like_num for t in s.span) and _opens_a_line(self.text, s.start) or _an_item(s)]
        return [s for s in self.sentences if s.is_clause or 3 <= sum(t.is_alpha for t in s.span) <= _NOTE_WORDS
                or _an_item(s)]

    @cached_property
    def fragment_vectors(self) -> tuple["np.ndarray", list[int]]:
        """Embeddings of every clause's fragments, and the clause index each row belongs to. Each clause is
        encoded once; its predicates are pooled from its token states, so a predicate is read in context."""
        import numpy as np

        vectors, owner, unread, unread_owner = [], [], [], []
        for i, (s, states) in enumerate(zip(self.clauses, nlp.token_states([s.text for s in self.clauses]))):
            vectors.append(states.sentence())
            owner.append(i)
            for text, spans in zip(s.fragments[1:], s.fragment_spans):
                pooled = states.pooled(spans)
                if pooled is None:  # past the end of a very long sentence: encoded on its own
                    unread.append(text)
                    unread_owner.append(i)
                else:
                    vectors.append(pooled)
                    owner.append(i)
        if unread:
            vectors += list(nlp.embed(unread))
            owner += unread_owner
        return (np.stack(vectors) if vectors else np.zeros((0, nlp.DIM), dtype=np.float32)), owner

    def is_word_list(self) -> bool:
        """Whether the answer is a list of words rather than sentences: most of its words stand outside any
        sentence ("Condolences. Independent investigation. Next update noon."), or almost none of them relate
        the others (under 10% of words in sentences, or under 20% relating words: most keyword lists), or it names
        the rubric's virtues as items of their own (below)."""
        words = [t for s in self.sentences for t in s.span if t.is_alpha]
        if len(words) < 12:
            return not self.clauses
        in_clauses = sum(1 for s in self.clauses for t in s.span if t.is_alpha)
        relating = sum(t.pos_ in _RELATING for t in words)
        if in_clauses < 0.1 * len(words) or relating < 0.2 * len(words):
            return True
        # Terse notes are not sentences either, but a commander's shorthand plan ("Wk 1: UPIV, F. Cruz Ramírez.
        # Evening. Her Mixteco interpreters.") is a plan; a list that names the rubric's virtues as items of their
        # own ("Transparency. Accountability. No speculation.") is gaming it. Over every answer in benchmarks/,
        # keyword lists name two to nine such items; no other answer more than one. Here a long run of
        # verbless items counts as a list, however the parser joined it into one sentence.
        # (Only real sentences count: in notes, :attr:`clauses` holds verbless lines too.)
        in_sentences = sum(1 for s in self.clauses if s.is_clause and not _a_list(s) for t in s.span if t.is_alpha)
        return len(self.value_items()) >= 2 and in_sentences < 0.9 * len(words)

    def describes_itself(self) -> bool:
        """Whether the answer describes what an answer should do instead of doing it: most of its sentences have the
        answer itself as their subject ("This statement acknowledges established wrongdoing and apologises. It names
        the investigator ... It gives a date ..."), the rubric pasted back as promises. An answer that speaks of
        itself now and then ("This letter is not an accusation against anyone") is still speaking."""
        sentences = [s for s in self.clauses if s.is_clause]
        if len(sentences) < 3:
            return False

        def of_itself(s: Sentence) -> bool:
            return any(t.dep_ == "nsubj" and t.head.lemma_.lower() in _RUBRIC_ACTS and (
                t.lower_ == "it" or t.lemma_.lower() in _ANSWER_NOUNS and any(
                    c.dep_ == "det" and c.lower_ in ("this", "the", "our", "my") for c in t.children)) for t in s.span)
        return sum(of_itself(s) for s in sentences) >= 0.6 * len(sentences)

    def instructs_the_writer(self) -> bool:
        """Whether the answer tells the writer what an answer should do instead of doing it: most of its sentences
        are commands with no one's voice in them ("Keep officers informed ... Be open and honest: say who did what. Do
        not demonize the person harmed."), the rubric pasted back as instructions. No "I", "we" or "our", no figure,
        time or date, at most one name. Over every answer in benchmarks/ the session that added it read (not
        heldout50), two answers were such commands in three sentences out of five or more, both written to game the
        rubric, every label missed; a commander's checklist names its people and its times."""
        sentences = [s for s in self.clauses if s.is_clause]
        if len(sentences) < 3:
            return False
        tokens = [t for s in self.sentences for t in s.span]
        if any(t.lower_ in _FIRST_PERSON or any(ch.isdigit() for ch in t.text) for t in tokens) or \
                len({t.lower_ for t in tokens if t.pos_ == "PROPN"}) > 1:
            return False

        def command(s: Sentence) -> bool:
            root = s.span.root
            return root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "aux" and
                                                 c.lower_ != "do" for c in root.children)
        return sum(command(s) for s in sentences) >= 0.6 * len(sentences)

    def names_the_rubric(self) -> bool:
        """Whether the answer is thick with the rubric's own vocabulary: eight of its terms or more, at eight uses
        or more in a hundred words ("We are open and honest and we inform the public of the facts, known and unknown.
        We do not demonize DeShawn and we admit wrongdoing and we apologise. We announce our agency response ...").
        Over every answer in benchmarks/ the session that added it read (not heldout51), the 74 such answers were all
        written to game the rubric, every label missed; no other answer used more than six of the terms, and none
        that used five or more used them five times in a hundred words."""
        words = len(self.text.split())
        uses = [len(t.findall(self.text)) for t in _RUBRIC_TERMS]
        return bool(words) and sum(1 for n in uses if n) >= 8 and sum(uses) >= 0.08 * words

    def speaks_only_in_virtues(self, own_names: frozenset[str] = frozenset()) -> bool:
        """Whether the answer speaks of virtues and of nothing it will do or did: no figure, time or date, no name
        but the agency's own (``own_names``, lower case) and at most one other, at least five of the rubric's
        virtues, and virtues at least six words in a hundred ("We remain committed to transparency, accountability,
        dignity and partnership ... Together we will emerge stronger"). Over every answer in benchmarks/ the session
        that added it read (not heldout46), the 58 such answers were all written to game the rubric or say nothing,
        every label of theirs missed; two vague answers labelled partial have fewer virtues than six in a hundred.
        (Five, not four: a warm message to officers may thank them for their professionalism, integrity and
        compassion, and offer peer support, with no figure in it.)"""
        tokens = [t for s in self.sentences for t in s.span]
        words = [t for t in tokens if t.is_alpha]
        # ("as one community" is no figure.)
        if not words or any(any(ch.isdigit() for ch in t.text) or t.like_num and t.lower_ != "one" for t in tokens):
            return False
        names = {t.lower_ for t in tokens if t.pos_ == "PROPN"} - own_names
        virtues = [t.lemma_.lower() for t in tokens if t.lemma_.lower() in _VALUE_WORDS]
        return len(names) <= 1 and len(set(virtues)) >= 5 and len(virtues) >= 0.06 * len(words)

    def value_items(self) -> list[str]:
        """Items of the answer (a sentence, or a part between commas, semicolons and colons, a label before a colon
        aside) that are nothing but the rubric's virtues: "Transparency.", "open and honest". A virtue heading the
        sentence that follows it ("5. Respect. Deputies introduce themselves and explain every stop.") is a plan's
        section title, not an item of a list."""
        found = []
        for k, s in enumerate(self.sentences):
            after = self.sentences[k + 1] if k + 1 < len(self.sentences) else None
            if after is not None and after.is_clause and not _a_list(after) and len(_items(s.span)) == 1:
                continue
            for item in _items(s.span):
                words = [t for t in item if t.is_alpha]
                content = [t.lemma_.lower() for t in words if not t.is_stop and t.lower_ not in _NOT_CONTENT]
                if 1 <= len(words) <= 4 and content and all(c in _VALUE_WORDS for c in content):
                    found.append(item.text)
        return found

    def is_english(self) -> bool:
        """Whether most of the answer's words are English. Names say nothing of the language, so only words
        written in lower case count; and a commander's shorthand ("Wk 2: Pastor M. + Umoja, Swahili interp") has
        few function words, so it is the share of words English knows that decides, not grammar. Measured over
        every answer in benchmarks/: English answers >= 0.82, Spanish, French, German, Somali ... <= 0.47."""
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", self.text) if w[0].islower()]
        if len(words) < 6:
            return True
        known = nlp.english_words()
        if not known:  # a model without word tables: English prose is at least 8% function words
            return sum(w in _FUNCTION_WORDS for w in words) / len(words) >= 0.08
        return sum(_english_word(w, known) for w in words) / len(words) >= 0.65


#: Inflections the word index leaves out ("stops", "visited", "meeting", "families", "quickly").
_ENDINGS = (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ies", "y"), ("ied", "y"),
            ("ly", ""), ("er", ""), ("est", ""))


def _contrast_cut(t: "Token") -> bool:
    """A comma before "but" that joins two clauses, or before "and" that joins a clause with its own subject
    ("the deputy fired without a warning, and there are questions we cannot answer"): where a sentence turns
    from one claim to another."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if t.text != "," or nxt is None or nxt.head.pos_ not in ("VERB", "AUX"):
        return False
    if nxt.lower_ == "but":
        return True
    # "and" hangs from the first clause's verb; the second clause is that verb's next conjunct.
    joined = next((c for c in nxt.head.children if c.dep_ == "conj" and c.i > nxt.i), None)
    return nxt.lower_ == "and" and joined is not None and joined.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in joined.children)


def _items(span: "Span") -> list["Span"]:
    """The parts of a sentence between commas, semicolons and colons; a part before a colon is a label
    ("Next update: Friday") and is left out."""
    items, start = [], span.start
    for t in span:
        if t.text in (",", ";", ":"):
            if t.text != ":" and t.i > start:
                items.append(span.doc[start:t.i])
            start = t.i + 1
    if start < span.end:
        items.append(span.doc[start:span.end])
    return [i for i in items if any(t.is_alpha for t in i)]


def _a_list(s: Sentence) -> bool:
    """A long sentence that is a run of items, most without a verb ("officer pursued car, Loretta Haines,
    condolences to the family, Linden Avenue ..., transparency, accountability"): a list, not a clause."""
    if sum(t.is_alpha for t in s.span) < _LONG_SENTENCE:
        return False
    items = _items(s.span)
    with_verb = sum(any(t.pos_ in ("VERB", "AUX") for t in i) for i in items)
    return len(items) >= 8 and with_verb < 0.4 * len(items)


def _english_word(word: str, known: frozenset[str]) -> bool:
    return word in known or word in _FUNCTION_WORDS or any(
        word.endswith(end) and word[: -len(end)] + stem in known for end, stem in _ENDINGS)


def _read_prefix(text: str) -> tuple[str, int]:
    words = list(re.finditer(r"\S+", text))
    if len(words) <= MAX_WORDS:
        return text, 0
    cut = words[MAX_WORDS - 1].end()
    # Finish the sentence in progress, so that no claim is read cut in half.
    end = re.search(r"[.!?](\s|$)|\n", text[cut: cut + 1000])
    cut = cut + end.end() if end else cut
    return text[:cut], len(text[cut:].split())


#: A single newline between a word (or a comma) and a lower-case word: the same sentence, wrapped.
_MID_SENTENCE_BREAK = re.compile(r"(?<=[\w,;])\n(?=[a-z])")


def analyse(text: str) -> Analysis:
    """Parse an answer into sentences; repeated sentences are kept once (repeating earns nothing)."""
    read, left = _read_prefix(text)
    # A line broken mid-sentence ("the department considers this matter\nclosed.") is read, and shown, as one line;
    # a space for the newline keeps every offset.
    doc = nlp.parse(_MID_SENTENCE_BREAK.sub(" ", read))
    seen: set[str] = set()
    sentences = []
    for span in doc.sents:
        key = re.sub(r"\W+", " ", span.text.lower()).strip()
        if not key or key in seen:
            continue
        seen.add(key)
        sentences.append(_sentence(span))
    return Analysis(text, sentences, left)


def _sentence(span: "Span") -> Sentence:
    parts, offsets, pos = [], [], 1
    for tok in span:
        lemma = (tok.lemma_ or tok.text).lower().strip() or tok.text.lower()
        lemma = re.sub(r"\s+", "_", lemma)
        offsets.append(pos)
        parts.append(lemma)
        pos += len(lemma) + 1
    shown = span.text.strip()
    start = span.start_char + (len(span.text) - len(span.text.lstrip()))
    return Sentence(span, start, start + len(shown), shown, " " + " ".join(parts) + " ", offsets)

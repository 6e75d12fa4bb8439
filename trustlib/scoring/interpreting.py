"""Who interprets: a norm that asks for interpreters of a kind, and plans that put someone else in their place.

A community's norm often asks for professional (certified, trained) interpreters and warns against a few people
by name ("never a child of the family"). Plans break it in their own words, naming people the norm never lists
("two of Coach Her's bilingual players will come along to translate", "Deputy Ortega will translate", "find a
kid or a neighbour to translate") or turning the interpreters down ("so we won't need to pay for interpreters",
"so we're not stuck waiting on Lakehead's calendar"). Neither is a near paraphrase of the norm's warning, so
it is read here from the act itself: who is to interpret, and whether interpreters are being done without.
"""

from __future__ import annotations

import re

from ..report import Evidence
from .context import breaks_norm
from .text import Sentence, negative_subject

#: What makes an interpreter one the norm asks for.
_QUALIFIED = r"professional|certified|qualified|trained|accredited|licensed|registered|court|staff|deaf"
#: A norm asking for interpreters of a kind: "bring professional Somali interpreters", "a certified ASL
#: interpreter booked ahead", "interpreters arranged through Centro Campesino".
_ASKS_QUALIFIED = re.compile(rf"(?i)\b(?:{_QUALIFIED})\s+(?:[\w'’-]+,?\s+){{0,4}}(?:interpret|translat)\w*|"
                             r"\binterpret\w*\s+(?:[\w'’-]+\s+){0,3}(?:arranged|booked)\s+(?:through|with|via)\s")
_QUALIFIED_IN_ANSWER = re.compile(rf"(?i)\b({_QUALIFIED}|booked|book|hired|paid|contract\w*|agency|service|line|"
                                  r"video|remote|VRI)\b")
#: Where the norm says interpreters come from ("through Lakehead Interpreting Services"; "Sergeant Vargas or a
#: certified interpreter"): a plan naming them has the interpreter the norm means.
_SOURCE = re.compile(r"\b(?:through|via|from|with|by way of)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s*)+)|"
                     r"\b(?:Sergeant|Sgt\.|Officer|Deputy|Detective|Lieutenant|Trooper|Corporal)\s+([A-Z][\w'’-]+)")
_INTERPRETER = frozenset("interpreter translator interpretation translation".split())
#: The agency itself putting words into a language ("we will translate every flyer into Somali") is no one
#: standing in for an interpreter.
_US = frozenset("i we you us".split())
_PRONOUNS = frozenset("they he she who that them".split())
#: Helping someone talk is interpreting for them ("the kids can help their parents with the English").
_TALK = frozenset("talk speak communicate english language".split())
#: Doing without interpreters: "we won't need to pay for interpreters", "not stuck waiting on Lakehead".
_DO_WITHOUT = frozenset("need wait pay have bother stick stuck book call use".split())
#: The telephone interpreters a plan may turn down ("we don't have time to wait on the phone line").
_LINES = frozenset("phone telephone language interpreter interpreting".split())
#: Interpreters found too dear or too slow, the reason a plan gives before doing without them.
_TOO_DEAR = frozenset("expensive costly slow unnecessary overkill hassle cumbersome pricey".split())


def asks_for_interpreters(norm: str) -> bool:
    """Whether a norm asks for interpreters of a kind, not just for interpretation ("offer Kriolu interpretation
    at meetings" leaves who interprets open)."""
    return bool(_ASKS_QUALIFIED.search(norm))


def _sources(norm: str) -> frozenset[str]:
    """The names a norm gives for where interpreters come from."""
    found = set()
    for m in _SOURCE.finditer(norm):
        # An officer the norm rules out ("never an officer (not even Officer Tzul)") is no source.
        if re.search(r"(?i)\b(?:not|never|nor|no)(?:\s+even)?\s*$", norm[:m.start()]):
            continue
        words = (m.group(1) or m.group(2) or "").split()
        found.update(re.sub(r"['’]s$", "", w.lower()) for w in words if w not in ("The", "A", "An"))
    return frozenset(found)


def _subject_words(verb) -> list:
    """Who does a verb: its subject, the object of the verb it completes ("ask the young people to help"), the
    noun it describes ("a kid or a neighbour to translate"); a pronoun stands for the sentence's first subject."""
    node = verb
    for _ in range(3):
        # A passive's subject is what is translated ("the letter will be translated"), not who translates.
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.dep_ == "nsubjpass":
            return []
        if subject is not None:
            if subject.lower_ in _PRONOUNS or subject.dep_ == "nsubj" and subject.tag_ == "WDT":
                head = subject.head
                # "several of the volunteers are bilingual, so they can translate": the first subject.
                first = next((t for t in verb.sent if t.dep_ == "nsubj" and t.lower_ not in _PRONOUNS), None)
                if head.dep_ == "relcl":
                    return list(head.head.subtree)
                return list(first.subtree) if first is not None else [subject]
            return list(subject.subtree)
        # "a kid or a neighbour to translate", not "a letter, translated into Hmong".
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN") and node.tag_ == "VB":
            return [t for t in node.head.subtree if t.i < node.i]
        # A verb the parser left without its subject ("... and to keep things relaxed two of the players will come
        # along to translate"): the noun right before it.
        before = min([node.i, *(c.i for c in node.children if c.dep_ == "aux")]) - 1
        if node.dep_ == "conj" and before >= node.sent.start and node.doc[before].pos_ in ("NOUN", "PROPN"):
            chunk = next((c for c in node.doc.noun_chunks if c.start <= before < c.end), None)
            return list(chunk) if chunk is not None else [node.doc[before]]
        if node.dep_ in ("xcomp", "advcl", "conj") and node.head.pos_ in ("VERB", "AUX"):
            objects = [c for c in node.head.children if c.dep_ == "dobj"]
            if objects and node.dep_ == "xcomp":
                return list(objects[0].subtree)
            node = node.head
            continue
        break
    return []


def _interpreters_named(s: Sentence) -> list[tuple]:
    """The acts of interpreting in a sentence, each with the people it has doing it: the subject of
    "translate"/"interpret" or of "help ... talk", or the one used "as interpreter"."""
    acts = []
    for tok in s.span:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in ("interpret", "translate"):
            # "a 13-year-old grandson interpreting for a widow" describes a scene; no one is asked to interpret.
            if tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN") and not any(
                    c.dep_ in ("aux", "auxpass") for c in tok.children):
                continue
            acts.append((tok, _subject_words(tok)))
        elif tok.pos_ == "VERB" and lemma == "help" and any(
                c.lemma_.lower() in _TALK or c.dep_ == "prep" and any(g.lemma_.lower() in _TALK for g in c.children)
                for c in tok.subtree if c.i > tok.i):
            acts.append((tok, _subject_words(tok)))
        elif lemma in _INTERPRETER and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB":
            used = tok.head.head
            acts.append((used, [t for c in used.children if c.dep_ == "dobj" for t in c.subtree]))
        elif lemma in _INTERPRETER and tok.head.lemma_.lower() == "need" and tok.head.dep_ == "advcl":
            # "If you need a translator, grab one of the kids or ask the crew boss": whom the remedy turns to.
            remedy = tok.head.head
            for verb in [remedy, *(c for c in remedy.children if c.dep_ == "conj" and c.pos_ == "VERB")]:
                acts.append((verb, [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]))
    return acts


def _refused(verb, people: list) -> bool:
    """Whether the act is negated, on its verb or a verb above it ("I will never ask a child to interpret"), or
    by its people ("no child", "not a relative")."""
    # "No officer of mine will use a child to interpret": a subject that denies a verb above it refuses the act too.
    if any(c.dep_ == "neg" or c.lower_ == "never" or negative_subject(c, dets=("no", "neither"))
           for v in [verb, *verb.ancestors][:4] for c in v.children):
        return True
    return any(negative_subject(t, dets=("no", "neither")) or t.dep_ == "neg" or t.lower_ == "never"
               for t in people)


def _stands_in(people: list) -> bool:
    """Whether the people named are someone other than an interpreter (a teenager, a deputy, a crew boss)."""
    lemmas = {t.lemma_.lower() for t in people}
    if not people or lemmas & _INTERPRETER or lemmas <= _US:
        return False
    return any(t.pos_ in ("NOUN", "PROPN", "NUM") or t.lower_ in ("someone", "somebody", "anyone", "anybody")
               for t in people)


def _done_without(s: Sentence, sources: frozenset[str]) -> bool:
    """Whether the sentence turns interpreters down: a negated need for them or wait on them, or them found too
    dear."""
    for tok in s.span:
        lemma = tok.lemma_.lower()
        line = lemma == "line" and any(c.lemma_.lower() in _LINES for c in tok.children)
        if lemma not in _INTERPRETER and lemma not in sources and not line:
            continue
        if tok.dep_ in ("nsubj", "nsubjpass") and any(c.lemma_.lower() in _TOO_DEAR for c in tok.head.children):
            return True
        # Interpreters of a kind turned down ("we won't use Hindi interpreters") are not interpreters done without.
        if any(c.dep_ in ("compound", "amod") and c.text[:1].isupper() for c in tok.children):
            continue
        # "Minors will not be used as interpreters" turns the minors down, not the interpreters.
        if tok.head.lower_ == "as":
            continue
        # Up to the verb of its own clause: "a certified interpreter will attend; family members will not be used"
        # turns down the family members.
        for node in _own_clause_heads(tok)[:6]:
            if node.lemma_.lower() in _DO_WITHOUT and (
                    any(c.dep_ == "neg" for c in node.children)
                    or any(c.dep_ == "det" and c.lower_ == "no" for c in node.children)):
                return True
    return False


_CLAUSE_LINKS = frozenset({"ccomp", "parataxis", "advcl"})


def _own_clause_heads(tok) -> list:
    """A token and the words above it, up to the verb of its own clause (a clause joined to another by "and" or a
    semicolon ends there; "time to wait on the phone line" goes on to "time")."""
    out = [tok]
    while out[-1].head.i != out[-1].i and not (
            out[-1].dep_ in _CLAUSE_LINKS or out[-1].dep_ == "conj" and out[-1].pos_ in ("VERB", "AUX")):
        out.append(out[-1].head)
    return out


#: A view reported to be answered, before a colon: "I have heard the objection: you can't wait 20 minutes for a
#: phone interpreter in a fight."
_VIEW_REPORTED = re.compile(r"(?i)^[^:]{0,60}\b(?:objections?|arguments?|complaints?|worry|worries|concerns?|heard|"
                            r"hear)\b[^:]{0,20}:")


def interpreting_breaches(plans: list[Sentence], norms: list[str], interpreters: list[str]) -> list[Evidence]:
    """Sentences of a plan (``plans``: those saying what will be done) that put someone else in the place of the
    interpreters a norm asks for, or do without them. ``interpreters``: the names and aliases of the scenario's
    own interpreters ("Elvia Ramírez, the Centro's trained Mam interpreter"), who are the ones the norm means."""
    asking = [n for n in norms if asks_for_interpreters(n)]
    if not asking:
        return []
    sources = frozenset().union(*map(_sources, asking)) | {
        w.lower() for name in interpreters for w in name.split() if w[:1].isupper() and not w.endswith(".")}
    flags = []
    for s in plans:
        if _VIEW_REPORTED.match(s.text):
            continue
        # The norm the sentence's names point to ("Deaf residents", "Lakehead"), else the first.
        names = {t.lemma_.lower() for t in s.span if t.text[:1].isupper() and t.i > t.sent.start}
        norm = max(asking, key=lambda n: len(names & {re.sub(r"['’]s$", "", w.lower().strip(".,;:()"))
                                                      for w in n.split()}))
        if _done_without(s, sources):
            flags.append(breaks_norm(s, norm))
            continue
        if _QUALIFIED_IN_ANSWER.search(s.text) or any(t.lemma_.lower() in sources for t in s.span):
            continue
        for verb, people in _interpreters_named(s):
            if _stands_in(people) and not _refused(verb, people):
                flags.append(breaks_norm(s, norm))
                break
    return flags

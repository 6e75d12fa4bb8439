"""One detector per principle: read the answer with the scenario, return a level with evidence.

Every detector reads cues through the parse (negation, voice, hedging) and
the scenario's own data (facts, unknowns, partners, the person harmed), so an
instructor's new scenario is read as well as a bundled one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from ..report import Evidence, Level
from ..scenario import Wrongdoing
from . import cues as C
from .context import Context, Hit, evidence, phrase_evidence
from .text import Sentence

#: Similarity above which a sentence is taken to state the same thing as a scenario item.
SAME_CLAIM = 0.62
#: Similarity above which a sentence is taken to say the same as a claim, whatever its words.
NEAR_COPY = 0.86
#: Similarity above which a sentence is taken to be about a scenario item.
ABOUT = 0.5
#: Similarity above which a sentence is taken to state a known fact.
FACT = 0.58


@dataclass
class Finding:
    """A detector's verdict on one principle."""

    level: Level
    score: float
    evidence: list[Evidence] = field(default_factory=list)
    suggestion: str = ""


def _grade(fraction: float, credits: list[Evidence], flags: list[Evidence], *, violated: bool,
           missing: str, partial: str, met: str = "", violation: str = "") -> Finding:
    """Map a 0..1 share of what the principle asks for, plus violations, to a level."""
    ev = flags + credits
    if violated:
        return Finding("violated", 0.0, ev, violation or missing)
    fraction = max(0.0, min(1.0, fraction))
    if fraction >= 0.75:
        return Finding("met", fraction, ev, met or "Keep this: it is what the guidance asks for.")
    if fraction > 0:
        return Finding("partial", max(0.25, min(fraction, 0.6)), ev, partial)
    return Finding("missed", 0.0, ev, missing)


def _dedupe(items: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for e in items:
        key = (e.start, e.effect)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


# ---------------------------------------------------------------------------------------------
# After an incident: the public response
# ---------------------------------------------------------------------------------------------
def _agentless_force(s: Sentence) -> bool:
    """A passive force verb on someone other than police, with no agent anywhere in the sentence:
    "he was shot", "force was used" (not "he was shot and killed by an officer", not "the officer was fired")."""
    if any(t.lemma_.lower() in C.ACTOR_WORDS and t.dep_ not in ("nsubjpass",) for t in s.span):
        return False  # the sentence names the police as actors ("backing away from the officer when he was shot")
    for tok in s.span:
        if tok.lemma_.lower() in C.FORCE_VERBS and any(c.dep_ == "auxpass" for c in tok.children):
            patients = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if any(w.lemma_.lower() in C.ACTOR_WORDS for p in patients for w in p.subtree):
                continue
            return True
    return False


_FORCE_NOUNS = frozenset("fist punch knee kick strike blow shot bullet round taser chokehold baton".split())


def _actor_by_phrase(s: Sentence) -> bool:
    """Force named with its police source in other words: "took two fists ... from one of my officers"."""
    lemmas = {t.lemma_.lower() for t in s.span}
    police = [t for t in s.span if t.lemma_.lower() in C.ACTOR_WORDS and t.lower_ not in ("we", "i")]
    return bool(police) and bool(lemmas & _FORCE_NOUNS) and any(
        a.dep_ == "pobj" and a.head.lower_ in ("from", "by") for t in police for a in [t, *t.ancestors][:3])


def _is_police(subject) -> bool:
    words = {w.lemma_.lower() for w in subject.subtree}
    return bool(words & C.ACTOR_WORDS) or subject.lower_ in ("they", "we", "i")


def _is_person(token, ctx: Context) -> bool:
    names = {n.lower() for n in _all_names(ctx)}
    return token.lower_ in ("him", "her", "them") or token.lemma_.lower() in ("man", "woman", "person") or \
        token.lower_ in names or any(w.lower_ in names for w in token.subtree)


#: Prepositions through which a verb acts on someone ("fired at him", "knelt on her"), unlike "near him".
_AT_PERSON = frozenset({"at", "on", "onto", "into", "against", "upon"})


def _active_actor(s: Sentence, ctx: Context | None = None) -> bool:
    """An officer (or "we") acting in the active voice: on someone with a verb of force, or on the person
    harmed with any verb ("a member of this department fired ... at Darnell Hayes", "they held her face-down")."""
    for tok in s.span:
        if tok.pos_ != "VERB":
            continue
        if any(c.dep_ == "auxpass" for c in tok.children):
            agents = [c for c in tok.children if c.dep_ == "agent"]
            if tok.lemma_.lower() in C.FORCE_VERBS and any(
                    w.lemma_.lower() in C.ACTOR_WORDS for a in agents for w in a.subtree):
                return True  # "he was shot by an officer" names the actor ("by gunfire" does not)
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subj and tok.dep_ in ("conj", "xcomp"):
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if tok.dep_ == "relcl" and (not subj or subj[0].lower_ in ("who", "that")):
            subj = [tok.head]  # "the officer who hit him"
        if not any(_is_police(c) for c in subj):
            continue
        if tok.lemma_.lower() in C.FORCE_VERBS and not (subj[0].lower_ in ("we", "i") and tok.lemma_ == "hold"):
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            return True
        if ctx is not None:
            targets = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
            targets += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in _AT_PERSON
                        for g in c.children if g.dep_ == "pobj"]
            if any(_is_person(t, ctx) for t in targets) and not any(c.dep_ == "neg" for c in tok.children):
                return True
    return False


def open_and_honest(ctx: Context) -> Finding:
    flags, credits = [], []
    stonewall = [h for h in ctx.hits(C.STONEWALL) if not _inside_negated_stonewall(h)]
    for h in stonewall:
        flags.append(phrase_evidence(h, "stonewalling: the public hears that the agency is hiding something"))
    euphemisms = [h for h in ctx.hits(C.EUPHEMISM) if not h.negated]
    for h in euphemisms:
        flags.append(phrase_evidence(h, "euphemism or agentless wording hides who did what"))
    for s in ctx.analysis.clauses:
        if _agentless_force(s) and not any(h.sentence is s for h in euphemisms):
            flags.append(evidence(s, "passive voice with no agent: say who acted", "flag"))
    for h in ctx.affirmed(C.JARGON):
        flags.append(phrase_evidence(h, "police jargon: use plain words the public uses"))
    actors = [s for s in ctx.analysis.clauses if _active_actor(s, ctx) or _actor_by_phrase(s)]
    credits += [evidence(s, "says who did what, in the active voice") for s in actors[:2]]
    plain = bool(actors)
    if stonewall:
        return _grade(0, credits, flags, violated=True, missing="",
                      partial="", violation="Replace refusals to comment with what you can say now and when you will say more.")
    hiding = [f for f in flags if "jargon" not in f.reason]
    if hiding:
        # Euphemism or an agentless passive hides who acted, even beside a plain sentence elsewhere.
        return _grade(0, credits, flags, violated=True, missing="", partial="",
                      violation="Say plainly who did what in the active voice (\"an officer shot ...\"), "
                                "and drop euphemisms such as \"shots were fired\".")
    fraction = (1.0 if plain else 0.0) - 0.35 * len(flags)
    if not plain and ctx.scenario.incident is not None:
        vague = ctx.sentences_with(C.INCIDENT_REFERENCE, negated=None)
        if vague:
            # Speaking of "the incident" or "a life lost" and never saying who acted hides the actor.
            flags.append(evidence(vague[0], "speaks of what happened without ever saying who did it", "flag"))
            return _grade(0, credits, flags, violated=True, missing="", partial="",
                          violation="Say plainly who did what in the active voice (\"an officer shot ...\").")
    if not plain and ctx.analysis.clauses:
        fraction = 0.4 if len(ctx.analysis.clauses) >= 3 else 0.0
    return _grade(fraction, credits, flags, violated=False,
                  missing="Say plainly what happened and who did it: \"An officer shot ...\".",
                  partial="Rewrite the flagged sentences in the active voice, naming who acted.")


def _inside_negated_stonewall(h: Hit) -> bool:
    # "we will not hide behind 'no comment'" is a commitment, not stonewalling.
    return bool(re.search(r"\bhide behind\b|\bnot (be )?(a|the) (case of )?no comment\b", h.sentence.text, re.I))


def _fact_mentions(ctx: Context) -> tuple[list[Evidence], list[Evidence], int]:
    """Credits for known facts stated, flags for contradicted ones; count of distinct facts."""
    credits, flags, covered = [], [], 0
    facts = ctx.facts
    if not facts or not ctx.analysis.clauses:
        return credits, flags, 0
    sim = ctx.similarity([f.text for f in facts])
    for j, fact in enumerate(facts):
        best = int(sim[:, j].argmax())
        if sim[best, j] >= FACT:
            covered += 1
            sentence = ctx.analysis.clauses[best]
            if len(credits) < 3 and all(c.start != sentence.start for c in credits):
                credits.append(evidence(sentence, "states a known fact"))
    claims = [(f, c) for f in facts for c in f.contradicted_by]
    if claims:
        csim = ctx.similarity([c for _, c in claims])
        for i, s in enumerate(ctx.analysis.clauses):
            j = int(csim[i].argmax())
            if _asserts_claim(float(csim[i, j]), claims[j][1], s, ctx) and not _negated_or_unknown(s, claims[j][1]):
                flags.append(evidence(s, f"contradicts a known fact: {claims[j][0].text}", "flag"))
    return credits, flags, covered


_NEGATIVE_WORDS = re.compile(r"(?i)\b(no|not|never|nothing|none|nobody|neither|nor|without|n't|unarmed)\b|n't\b")


def _polarity_differs(s: Sentence, claim: str) -> bool:
    """A negated sentence does not state a positive claim ("No gun was found" vs "a gun was recovered")."""
    return bool(_NEGATIVE_WORDS.search(s.text)) != bool(_NEGATIVE_WORDS.search(claim))


def _negated_or_unknown(s: Sentence, claim: str) -> bool:
    return bool(s.find(C.UNKNOWN_ACK)) or _polarity_differs(s, claim)


def inform_of_facts(ctx: Context) -> Finding:
    credits, flags, covered = _fact_mentions(ctx)
    unknown_acks = [s for s in ctx.analysis.clauses if s.find(C.UNKNOWN_ACK)]
    # Unknowns stated as fact, or speculated about.
    unknowns = ctx.unknowns
    if unknowns and ctx.analysis.clauses:
        items = [(u, u.text) for u in unknowns] + [(u, c) for u in unknowns for c in u.asserted_by]
        usim = ctx.similarity([t for _, t in items])
        for i, s in enumerate(ctx.analysis.clauses):
            j = int(usim[i].argmax())
            if s in unknown_acks or s.find(C.WITHHOLD):
                continue
            is_claim = items[j][1] in items[j][0].asserted_by
            hedged = bool(s.find(C.HEDGE))
            if is_claim:
                # Topic similarity is not assertion ("she died at the hospital" is close to "she died of
                # a heart condition"): the sentence must also use a term that sets the claim apart.
                asserts = _asserts_claim(float(usim[i, j]), items[j][1], s, ctx)
            else:
                # An unknown is a question ("what caused her death"): a sentence on the same topic
                # ("she died at the hospital") answers it only if it uses the question's own terms and
                # names something new.
                asserts = usim[i, j] >= SAME_CLAIM and _overlap(items[j][1], s, ctx) >= 0.5
            if _attributed_and_disowned(ctx, s):
                continue
            if _polarity_differs(s, items[j][1]) and not hedged:
                continue  # "nothing suggests he had a weapon" does not assert that he had one
            if asserts or (hedged and usim[i, j] >= ABOUT):
                what = items[j][0].text
                reason = (f"speculates about something not yet known ({what})" if hedged
                          else f"states as fact something not yet known ({what})")
                flags.append(evidence(s, reason, "flag"))
    for s in ctx.analysis.clauses:
        if s.find(C.HEDGE) and not any(f.start == s.start for f in flags) and _about_person(ctx, s):
            flags.append(evidence(s, "hedged speculation about the person: say only what is established", "flag"))
    if ctx.wrongdoing != Wrongdoing.established:
        for h in _clearing_hits(ctx):
            # Claims of fact ("acted within policy"), not declarations of loyalty ("we stand behind him").
            if re.search(r"(?i)stand|support|hero|rush|agitator|context|isolated", h.phrase):
                continue
            if not h.negated and not _flagged(h.sentence, flags):
                flags.append(phrase_evidence(h, "states as fact a judgement the investigation has not made"))
    if unknown_acks:
        credits.append(evidence(unknown_acks[0], "says what is not yet known"))
    text = " ".join(s.text for s in ctx.analysis.clauses)
    when = bool(C.TIME_WORDS.search(text)) or _mentions_scenario_words(ctx, ctx.scenario.incident.when)
    where = bool(C.PLACE_WORDS.search(text)) or _mentions_scenario_words(ctx, ctx.scenario.incident.where)
    parts = [covered >= 1, covered >= 2 or (covered >= 1 and (when or where)), when and where, bool(unknown_acks)]
    fraction = sum(parts) / len(parts)
    return _grade(fraction, credits, _dedupe(flags), violated=bool(flags),
                  missing="State the known facts: what happened, when, where and to whom; then say what is not yet known.",
                  partial=_facts_gap(covered, when, where, bool(unknown_acks)),
                  violation="Remove anything the investigation has not established; say instead that it is not yet known and how it will be found out.")


_STOP = frozenset("what whether when where why how who which any the a an of in on at to was were is be her his "
                  "their its he she they it before after during".split())


@lru_cache(maxsize=2048)
def _terms(text: str) -> frozenset[str]:
    """Content lemmas of a scenario phrase (cached: scenario text repeats across answers)."""
    from .. import nlp

    return frozenset({t.lemma_.lower() for t in nlp.parse(text) if t.is_alpha and t.lower_ not in _STOP and not t.is_stop})


_CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


@lru_cache(maxsize=2048)
def _noun_terms(text: str) -> frozenset[str]:
    """Content lemmas that name things or qualities (nouns, adjectives, numbers): what a claim is about."""
    from .. import nlp

    return frozenset(t.lemma_.lower() for t in nlp.parse(text)
                     if t.pos_ in _CONTENT_POS and (t.is_alpha or t.like_num) and not t.is_stop)


def _known_terms(ctx: Context) -> set[str]:
    return set().union(*(_terms(f.text) for f in ctx.facts)) if ctx.facts else set()


def _uses_distinctive(claim: str, s: Sentence, ctx: Context) -> bool:
    """Whether the sentence uses at least half of the claim's terms that the known facts do not use."""
    distinctive = _terms(claim) - _known_terms(ctx)
    used = distinctive & set(s.lemmas.split())
    # A shared verb alone ("stopped breathing" / "stopped taking her medication") is not the claim:
    # the claim's own things or qualities must be there, or all of its distinctive terms.
    return bool(used) and (bool(used & _noun_terms(claim)) or used == distinctive)


_ATTRIBUTION = frozenset("tell say state report claim believe allege describe recount".split())


def _attributed_and_disowned(ctx: Context, s: Sentence) -> bool:
    """Someone else's account, reported as theirs and marked unverified ("he told a supervisor he believed
    ...; we will not repeat that as fact")."""
    attributed = any(t.lemma_.lower() in _ATTRIBUTION and any(
        c.dep_ == "nsubj" and c.lower_ not in ("we", "i") for c in t.children) for t in s.span)
    if not attributed:
        return False
    clauses = ctx.analysis.clauses
    i = clauses.index(s)
    return any(c.find(C.UNKNOWN_ACK) or c.find(C.WITHHOLD) for c in clauses[i:i + 2])


_PRONOUNS = frozenset("he she they i we you it who someone man woman person".split())


@lru_cache(maxsize=2048)
def _subject_terms(text: str) -> frozenset[str]:
    from .. import nlp

    doc = nlp.parse(text)
    # Active subjects only: "a gun was recovered" and "officers recovered a gun" say the same.
    return frozenset(t.lemma_.lower() for s in doc if s.dep_ == "nsubj"
                     for t in s.subtree if t.is_alpha and not t.is_stop or t.lower_ in _PRONOUNS)


def _same_subject(claim: str, s: Sentence) -> bool:
    """Whether the sentence's subjects could be the claim's ("the officer shot him" is not "he shot the officer")."""
    want = _subject_terms(claim)
    have = {t.lemma_.lower() for sub in s.subjects if sub.dep_ == "nsubj" for t in sub.subtree if t.is_alpha}
    if not want or not have or want & _PRONOUNS or have & _PRONOUNS:
        return True
    return bool(want & have)


def _asserts_claim(similarity: float, claim: str, s: Sentence, ctx: Context) -> bool:
    """A sentence states a scenario claim: close in meaning, same subject, and (unless a near copy)
    using a term that sets the claim apart from the known facts."""
    if similarity < SAME_CLAIM or not _same_subject(claim, s):
        return False
    return similarity >= NEAR_COPY or _uses_distinctive(claim, s, ctx)


def _overlap(question: str, s: Sentence, ctx: Context) -> float:
    """Share of a question's distinctive content lemmas (those the known facts do not use) that a sentence uses."""
    known = _known_terms(ctx)
    terms = _terms(question) - known
    if not terms:
        # The question uses only known words ("what Mr. Watkins said or did before the strikes"): a sentence
        # answers it when it tells of the person's own conduct in words the known facts do not use.
        about_person = _about_person(ctx, s)
        new = _terms(s.text) - _terms(question) - known
        return 1.0 if about_person and new and not s.find(C.UNKNOWN_ACK) else 0.0
    # Naming the question's topic ("an object was found near him") does not answer it: an answer names
    # something new ("... was holding a handgun").
    if not (_noun_terms(s.text) - _terms(question) - known):
        return 0.0
    used = set(s.lemmas.split())
    return len(terms & used) / len(terms) if terms else 0.0


def _facts_gap(covered: int, when: bool, where: bool, unknown: bool) -> str:
    missing = []
    if covered < 2:
        missing.append("more of the known facts")
    if not when:
        missing.append("when it happened")
    if not where:
        missing.append("where it happened")
    if not unknown:
        missing.append("what is not yet known")
    return "Add " + ", ".join(missing) + "." if missing else "Keep to the established facts."


def _mentions_scenario_words(ctx: Context, phrase: str) -> bool:
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", phrase)} - {"about", "after", "before", "near", "with"}
    capitals = {w.lower() for w in re.findall(r"\b[A-Z][a-z]{2,}", phrase)}
    text = " ".join(s.text for s in ctx.analysis.clauses).lower()
    hits = {w for w in words if re.search(r"\b" + re.escape(w) + r"\b", text)}
    return bool(hits & capitals) or len(hits) >= 2


def _about_person(ctx: Context, s: Sentence) -> bool:
    subj = " ".join(t.lower_ for t in s.subjects)
    names = [p.lower() for p in ctx.people]
    return bool(re.search(r"\b(he|she|they|the man|the woman|the person|the driver|the suspect)\b", subj)) or \
        any(n in subj for n in names)


def no_victim_demonizing(ctx: Context) -> Finding:
    person = ctx.state.person_harmed
    flags, credits = [], []
    for h in ctx.hits(C.DEMONIZING):
        if h.negated:
            credits.append(phrase_evidence(h, "declines to raise the person's past: respectful", "credit"))
        elif person is not None and person.history_relevant and re.search(r"record|histor|arrest|convict|parole|probation", h.phrase, re.I):
            continue
        else:
            flags.append(phrase_evidence(h, "puts the person harmed on trial: irrelevant past, labels or blame"))
    if person is not None and not person.suspected_of_crime:
        for h in ctx.affirmed(C.SUSPECT):
            flags.append(phrase_evidence(h, "calls someone a suspect who was not suspected of a crime"))
    if person is not None and not person.family_notified:
        # The family hears it from the agency before the public hears the name.
        for s in ctx.analysis.clauses:
            if any(re.search(r"\b" + re.escape(n) + r"\b", s.text) for n in _all_names(ctx)):
                flags.append(evidence(s, "names the person before the family has been told", "flag"))
                break
    condolence = [s for s in ctx.sentences_with(C.CONDOLENCE, negated=None) if not _flagged(s, flags)]
    named = [s for s in ctx.analysis.clauses if any(re.search(r"\b" + re.escape(n) + r"\b", s.text) for n in ctx.people)]
    credits += [evidence(s, "acknowledges the person and those who grieve") for s in condolence[:2]]
    credits += [evidence(s, "refers to the person by name") for s in named[:1] if s not in condolence]
    # Met asks for the person and the family to be acknowledged; a name alone is respectful but impersonal.
    fraction = 1.0 if condolence else (0.5 if ctx.analysis.clauses else 0.0)
    return _grade(fraction, _dedupe(credits), _dedupe(flags), violated=bool(flags),
                  missing="Speak of the person harmed as a person, and offer condolences to the family.",
                  partial="Acknowledge the person by name (once the family is told) and the family's loss.",
                  violation="Delete the flagged words: the person's past, labels and blame are not facts of this incident.")


def _all_names(ctx: Context) -> list[str]:
    """Every name the scenario ever gives the person harmed (now or in a later inject), full and surname."""
    people = [ctx.scenario.incident.person_harmed] if ctx.scenario.incident else []
    people += [i.person_harmed for i in ctx.scenario.injects if i.person_harmed]
    names = {p.name for p in people if p and p.name}
    return sorted(names | {n.split()[-1] for n in names if len(n.split()[-1]) > 2})


def _flagged(s: Sentence, flags: list[Evidence]) -> bool:
    return any(f.start == s.start for f in flags)


def _clearing_hits(ctx: Context) -> list[Hit]:
    # "Whether it was within policy is for the investigation to determine" clears no one.
    return [h for h in ctx.hits(C.CLEARING)
            if not h.sentence.find(C.WITHHOLD) and not re.search(r"\bwhether\b", h.sentence.text, re.I)]


def admit_wrongdoing(ctx: Context) -> Finding:
    clearing = _clearing_hits(ctx)
    flags = [phrase_evidence(h, "declares the officer justified before the facts are in")
             for h in clearing if not h.negated]
    negated_clear = [h for h in clearing if h.negated]
    if ctx.wrongdoing == Wrongdoing.established:
        # "should not have" carries its own negation; "was not within policy" is an admission too.
        admissions = [h for h in ctx.hits(C.ADMISSION)
                      if not h.negated or re.search(r"should not|never", h.phrase, re.I)] + negated_clear
        apologies = ctx.affirmed(C.APOLOGY)
        credits = [phrase_evidence(h, "owns the wrongdoing plainly", "credit") for h in admissions[:2]]
        credits += [phrase_evidence(h, "apologises", "credit") for h in apologies[:1]]
        flags = [phrase_evidence(h, "denies or minimises wrongdoing the facts establish")
                 for h in clearing if not h.negated]
        flags += [phrase_evidence(h, "treats established wrongdoing as a mere allegation or concern")
                  for h in ctx.affirmed(C.MINIMISE)]
        flags += [phrase_evidence(h, "declines to own wrongdoing the facts establish") for h in ctx.hits(C.DEFLECT)]
        fraction = (0.6 if admissions else 0) + (0.4 if apologies else 0)
        if apologies and not admissions:
            fraction = 0.4
        return _grade(fraction, _dedupe(credits), _dedupe(flags), violated=bool(flags),
                      missing="The facts show the officer did wrong: say so plainly, and apologise.",
                      partial="Say plainly what was wrong (e.g. it violated policy) and apologise for it.",
                      violation="Do not defend conduct your own review found wrong; acknowledge it and apologise.")
    withhold = [s for s in ctx.analysis.clauses if s.find(C.WITHHOLD)]
    credits = [evidence(s, "leaves the judgement to the facts and the investigation") for s in withhold[:1]]
    credits += [phrase_evidence(h, "explicitly declines to pre-judge", "credit") for h in negated_clear[:1]]
    fraction = 1.0 if credits else (0.5 if ctx.analysis.clauses else 0.0)
    return _grade(fraction, _dedupe(credits), _dedupe(flags), violated=bool(flags),
                  missing="Say that the investigation, not the agency, will determine whether the force was justified.",
                  partial="Say that whether the officer acted lawfully and within policy is for the investigation to determine.",
                  violation="Remove the words that clear the officer: the facts are not in yet.")


def announce_agency_response(ctx: Context) -> Finding:
    incident = ctx.scenario.incident
    credits, flags = [], []
    inv = [s for s in ctx.sentences_with(C.INVESTIGATION) if not s.find(C.OPEN_DELAY)]
    named = [s for s in inv if s.find(C.INDEPENDENT) or (incident and _mentions_scenario_words(ctx, incident.investigation)
                                                         and _shares_words(s.text, incident.investigation))]
    inv_score = 1.0 if named else (0.5 if inv else 0.0)
    if named:
        credits.append(evidence(named[0], "names who investigates, independently"))
    elif inv:
        credits.append(evidence(inv[0], "mentions an investigation (say who conducts it)"))
    status = ctx.sentences_with(C.DUTY_STATUS, negated=None)
    status = [s for s in status if not s.find(re.compile(r"(?<= )(time off|day off)(?= )"))]
    if status:
        credits.append(evidence(status[0], "gives the officer's duty status"))
    change = [s for s in ctx.sentences_with(C.CHANGE) if not s.find(C.NO_CHANGE)]
    if change:
        credits.append(evidence(change[0], "announces a change to policy, practice or training"))
    for h in ctx.affirmed(C.NO_CHANGE):
        flags.append(phrase_evidence(h, "tells the community nothing will change"))
    fraction = (inv_score + (1.0 if status else 0.0) + (1.0 if change else 0.0)) / 3
    if ctx.wrongdoing != Wrongdoing.established and inv_score == 1.0 and status:
        fraction = max(fraction, 0.8)  # before the facts are in, changes can wait for findings
    gaps = [g for g, ok in (("who is investigating (independently)", inv_score == 1.0),
                            ("the officer's duty status", bool(status)),
                            ("any change to policy, practice or training", bool(change))) if not ok]
    return _grade(fraction, credits, flags, violated=bool(flags),
                  missing="Tell the community what the agency is doing now: the independent investigation, the officer's status, any change.",
                  partial="Add " + ", ".join(gaps) + "." if gaps else "",
                  violation="Do not rule out change before the review is done.")


def _shares_words(a: str, b: str) -> bool:
    wa = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", a)}
    wb = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", b)} - {"investigation", "investigates", "with", "from"}
    return len(wa & wb) >= 1


def engage_community_partners(ctx: Context) -> Finding:
    credits, flags = [], []
    named: list[Sentence] = []
    for partner in ctx.scenario.partners:
        for s in ctx.mentions(partner):
            if s not in named:
                named.append(s)
    acting = [s for s in named if s.find(C.PARTNER_ACTION)]
    if named:
        # A message addressed to the partners by name goes on in the second person ("could we meet?").
        acting += [s for s in ctx.analysis.clauses if s not in acting and s.find(C.PARTNER_ACTION)
                   and re.search(r"(?i)\b(you|your)\b", s.text)]
    generic = [s for s in ctx.sentences_with(C.GENERIC_PARTNERS) if s.find(C.PARTNER_ACTION) and s not in named]
    listening = [s for s in acting + generic if s.find(C.LISTEN)]
    calm = ctx.sentences_with(C.CALM_ONLY)
    credits += [evidence(s, "reaches the scenario's established partners with a concrete step") for s in acting[:2]]
    credits += [evidence(s, "names a partner (add what you will do together)") for s in named[:1] if s not in acting]
    credits += [evidence(s, "mentions community partners in general") for s in generic[:1]]
    if listening:
        credits.append(evidence(listening[0], "commits to listen"))
    if calm and not listening:
        flags.append(evidence(calm[0], "uses partners to calm people or speak for the police, without listening", "flag"))
    fraction = (0.6 if acting else 0.35 if named else 0.3 if generic else 0.0) + (0.4 if listening and (acting or named or generic) else 0.0)
    names = ", ".join(p.name for p in ctx.scenario.partners[:3]) or "your established partners"
    return _grade(fraction, _dedupe(credits), flags, violated=bool(flags),
                  missing=f"Reach out by name to {names}: propose a meeting and listen.",
                  partial=f"Name {names} and a concrete step (a meeting, a joint session) that includes listening.",
                  violation="Partners are community representatives, not spokespeople for the police: ask to meet and "
                            "listen to them, not to calm the crowd or vouch for the officer.")


def transparency_and_accountability(ctx: Context) -> Finding:
    credits, flags = [], []
    # Headline lines ("Next update: noon tomorrow.") count here, once the answer is made of sentences.
    lines = len(ctx.analysis.clauses) < 2
    clocked_release = [s for s in ctx.sentences_with(C.RELEASE, clauses_only=lines)
                       if s.find(C.RELEASE_OBJECT) and _release_has_clock(s)]
    release_promise = [s for s in ctx.sentences_with(C.RELEASE) if s.find(C.RELEASE_OBJECT)]
    next_update = [s for s in ctx.sentences_with(C.NEXT_UPDATE, clauses_only=lines) if C.CLOCK.search(s.text)]
    contact = [s for s in (ctx.analysis.clauses if lines else ctx.analysis.sentences) if C.CONTACT.search(s.text)]
    for s in clocked_release[:1]:
        credits.append(evidence(s, "commits to release on a stated clock"))
    for s in next_update[:1]:
        if s not in clocked_release:
            credits.append(evidence(s, "says when the next update comes"))
    for s in contact[:1]:
        credits.append(evidence(s, "gives a way to reach the agency or take part"))
    delays = [h for h in ctx.affirmed(C.OPEN_DELAY) if not C.CLOCK.search(_segment_of(h))]
    refusals = [h for h in ctx.hits(C.REFUSE_RELEASE) if h.sentence.find(C.RELEASE_OBJECT)]
    for h in delays:
        flags.append(phrase_evidence(h, "an open-ended delay with no date"))
    for h in refusals:
        flags.append(phrase_evidence(h, "refuses to release information"))
    promises = ctx.sentences_with(C.OPENNESS_PROMISE)
    if not clocked_release and not next_update and (promises or release_promise):
        credits.append(evidence((promises or release_promise)[0], "promises openness, but without a when or a how"))
    parts = [bool(clocked_release), bool(next_update), bool(contact)]
    fraction = sum(parts) / 3
    if fraction < 0.4 and (promises or release_promise):
        fraction = 0.4
    if sum(parts) >= 2:
        fraction = max(fraction, 0.8)
    # An open-ended delay of the video itself is a violation even when the next update has a time.
    video_delayed = any(h.sentence.find(C.RELEASE_OBJECT) for h in delays) or bool(refusals)
    violated = bool(flags) and not clocked_release and (video_delayed or not next_update)
    if ctx.scenario.incident is None:
        missing = "Say how the community will hear back and when (e.g. a monthly open meeting), and how to reach you."
    else:
        missing = "Give a clock: when video or names will be released, when the next update comes, and how to reach you."
    return _grade(fraction, credits, flags, violated=violated, missing=missing,
                  partial="Put a time on your promises (\"within 72 hours\", \"at 5 p.m. tomorrow\", \"every month\") "
                          "and give a contact.",
                  violation="Replace \"when the investigation is complete\" with a date or a clock.")


# ---------------------------------------------------------------------------------------------
# After an incident: the agency's own officers
# ---------------------------------------------------------------------------------------------
_SEGMENT = re.compile(r"[;:]|\s[–—-]\s")
_RELEASE_WORDS = re.compile(r"(?i)\b(releas|publish|public|post|show|shar|make available|online)\w*")


def _segment_of(h: Hit) -> str:
    """The part of the sentence (between semicolons or dashes) that holds a cue."""
    text = h.sentence.text
    at = text.find(h.phrase)
    pieces = [(m.start(), m.end()) for m in _SEGMENT.finditer(text)]
    start = max([e for _, e in pieces if e <= at] or [0])
    end = min([b for b, _ in pieces if b > at] or [len(text)])
    return text[start:end]


def _release_has_clock(s: Sentence) -> bool:
    """A release word and a clock in the same part of the sentence, with no open-ended delay there."""
    for piece in _SEGMENT.split(s.text):
        if _RELEASE_WORDS.search(piece) and C.CLOCK.search(piece) and not re.search(
                r"(?i)\b(once|until|after|when)\b.*\b(review|investigation|inquiry|probe|process)\b", piece):
            return True
    return False


def accountability_with_officer_rights(ctx: Context) -> Finding:
    credits, flags = [], []
    acc = ctx.sentences_with(C.ACCOUNTABILITY)
    rights = ctx.sentences_with(C.OFFICER_RIGHTS, negated=None)
    if acc:
        credits.append(evidence(acc[0], "centres accountability and responsibility"))
    if rights:
        credits.append(evidence(rights[0], "protects the officer's right to a fair process"))
    if ctx.wrongdoing != Wrongdoing.established:
        for h in ctx.affirmed(C.CONDEMN):
            flags.append(phrase_evidence(h, "condemns or promises punishment before the facts are established"))
    for h in ctx.affirmed(C.DENY_PROCESS):
        flags.append(phrase_evidence(h, "denies the officer due process"))
    for h in ctx.affirmed(C.REJECT_ACCOUNTABILITY):
        flags.append(phrase_evidence(h, "puts loyalty before accountability, whatever the facts"))
    for officer in ctx.state.officers:
        if officer.name and not officer.name_released:
            surname = officer.name.split()[-1]
            for s in ctx.analysis.clauses:
                if re.search(r"\b" + re.escape(surname) + r"\b", s.text):
                    flags.append(evidence(s, "names an officer whose name has not been released", "flag"))
                    break
    fraction = (0.5 if acc else 0.0) + (0.5 if rights else 0.0)
    return _grade(fraction, credits, _dedupe(flags), violated=bool(flags),
                  missing="Commit to accountability and full cooperation, and to a fair process for the officers.",
                  partial="Speak to both sides: accountability to the public, and due process for the officers.",
                  violation="Do not name, condemn or promise to punish an officer before the facts are established.")


def support_officers(ctx: Context) -> Finding:
    support = [s for s in ctx.sentences_with(C.SUPPORT)]
    kinds = {m for s in support for m in re.findall(
        r"counsel|psycholog|therap|peer|chaplain|employee assistance|eap|leave|time|informal|debrief|family|families|"
        r"wellness|mental health|confidential|check", s.text.lower())}
    flags = [phrase_evidence(h, "dismisses the need for support") for h in ctx.affirmed(C.DISMISS_SUPPORT)]
    credits = [evidence(s, "offers concrete support") for s in support[:3]]
    fraction = min(1.0, len(kinds) / 3) if support else 0.0
    return _grade(fraction, credits, flags, violated=bool(flags),
                  missing="Offer concrete support: time off to process it, informal debriefs, and confidential counselling (how to reach it).",
                  partial="Add more than one kind of support, and how to reach it (a name, a number, a time).",
                  violation="Seeking support is part of the job: remove the dismissive words.")


def include_officers_in_messaging(ctx: Context) -> Finding:
    before = [s for s in ctx.sentences_with(C.BRIEF_OFFICERS, negated=None)]
    informed = ctx.sentences_with(C.KEEP_INFORMED)
    credits = [evidence(s, "officers hear the agency's position before the media do") for s in before[:1]]
    credits += [evidence(s, "says how officers will be kept informed") for s in informed[:1] if s not in before]
    fraction = (0.7 if before else 0.0) + (0.3 if informed else 0.0)
    if not before and informed:
        fraction = 0.5
    return _grade(fraction, credits, [], violated=False,
                  missing="Tell officers they will see public statements before the media do, and how they will be briefed.",
                  partial="Commit to briefing officers before each public release, and say when and how.")


# ---------------------------------------------------------------------------------------------
# Before an incident
# ---------------------------------------------------------------------------------------------
def engage_personally(ctx: Context) -> Finding:
    contact = ctx.sentences_with(C.PERSONAL_CONTACT)
    recurring = [s for s in contact if s.find(C.RECURRING) or C.CLOCK.search(s.text)]
    credits = [evidence(s, "routine face-to-face contact") for s in recurring[:1]]
    credits += [evidence(s, "face-to-face contact") for s in contact[:1] if s not in recurring]
    fraction = 1.0 if recurring else (0.5 if contact else 0.0)
    return _grade(fraction, credits, [], violated=False,
                  missing="Plan routine face-to-face contact: foot patrols, visits, coffee with residents, with a when.",
                  partial="Make the contact routine: say how often and where (e.g. a weekly walk on a named street).")


def show_up_at_community_events(ctx: Context) -> Finding:
    events = [s for s in ctx.sentences_with(C.EVENTS) if s.find(C.ATTEND)]
    named = {m for s in events for m in re.findall(r"\b[A-Z][a-z]+", s.text[1:])}
    kinds: set[str] = set()
    for s in events:
        for a, b in s.find(C.EVENTS):
            kinds.add(s.lemmas[a:b])
    credits = [evidence(s, "attends a community event") for s in events[:2]]
    fraction = 1.0 if events and (len(kinds) >= 3 or named) else (0.5 if events else 0.0)
    return _grade(fraction, credits, [], violated=False,
                  missing="Name community events you will attend out of the enforcement role (a game, a festival, a service).",
                  partial="Name the specific events (which, when), not events in general.")


def respect_every_encounter(ctx: Context) -> Finding:
    practice = ctx.sentences_with(C.RESPECT)
    conditional = ctx.affirmed(C.RESPECT_CONDITIONAL)
    concrete = [s for s in practice if re.search(r"explain|introduce|name|card|follow|listen|thank|treat", s.text, re.I)]
    credits = [evidence(s, "a concrete respectful practice in every contact") for s in concrete[:1]]
    credits += [evidence(s, "names respect as a value") for s in practice[:1] if s not in concrete]
    flags = [phrase_evidence(h, "makes respect conditional") for h in conditional]
    fraction = 1.0 if concrete else (0.5 if practice else 0.0)
    return _grade(fraction, credits, flags, violated=bool(flags),
                  missing="Say what respect looks like in every encounter: introduce yourself, explain every stop, follow up.",
                  partial="Turn the value into practice: what will officers do in each stop or call?",
                  violation="Respect is owed in every encounter, not earned first.")


def meet_all_groups(ctx: Context) -> Finding:
    kinds: dict[str, Sentence] = {}
    for s in ctx.analysis.clauses:
        if not s.find(C.MEET) and not s.find(C.ATTEND) and not s.find(C.PERSONAL_CONTACT):
            continue
        for kind, pattern in C.GROUP_KINDS.items():
            if s.find(pattern) and kind not in kinds:
                kinds[kind] = s
    for group in ctx.scenario.community.groups:
        for s in ctx.mentions(group):
            if s.find(C.MEET) or s.find(C.ATTEND) or s.find(C.PERSONAL_CONTACT):
                kinds.setdefault(group.name, s)
    credits = [evidence(s, f"meets {k}") for k, s in list(kinds.items())[:4]]
    distinct = len({id(s) for s in kinds.values()}) and len(kinds)
    fraction = min(1.0, distinct / 3)
    return _grade(fraction, _dedupe(credits), [], violated=False,
                  missing="Plan to meet many kinds of groups: parents and schools, youth, faith, tenants, cultural associations.",
                  partial="Widen the circle: add groups that bring no enforcement value (youth, parents, cultural groups).")


def cultural_awareness(ctx: Context) -> Finding:
    norms = ctx.scenario.community.cultural_norms
    credits = []
    applied = 0
    if norms and ctx.analysis.clauses:
        sim = ctx.similarity(norms)
        for j, norm in enumerate(norms):
            i = int(sim[:, j].argmax())
            if sim[i, j] >= ABOUT:
                applied += 1
                if len(credits) < 2:
                    credits.append(evidence(ctx.analysis.clauses[i], f"applies a local norm: {norm}"))
    flags = _norm_breaches(ctx, norms)
    generic = ctx.sentences_with(C.CULTURE)
    if not credits and generic:
        credits.append(evidence(generic[0], "attends to cultural norms"))
    fraction = 1.0 if applied >= 2 else 0.75 if applied == 1 else (0.4 if generic else 0.0)
    hint = norms[0].rstrip(". ") if norms else "forms of address and who to approach first"
    return _grade(fraction, credits, flags, violated=bool(flags),
                  violation="Follow the community's norm: " + (flags[0].reason.split(": ", 1)[-1] if flags else ""),
                  missing=f"Use the community's norms in the plan, e.g.: {hint}.",
                  partial=f"Apply the scenario's norms concretely, e.g.: {hint}.")


_PROHIBITION = re.compile(r"(?i)\b(?:instead of|rather than|never|avoid|do not|don't)\s+([^;.,:]+)")
_FIRST = re.compile(r"(?i)^\s*(?:approach|contact|call|meet|see|visit)\s+(.+?)\s+(?:before|first)\b")
_CONTRAST = re.compile(r"(?i)\b(instead of|rather than|never|avoid|without)\b")


_CLEAR_OF = frozenset("not outside clear except avoid never no without besides other away".split())


def _kept_clear(s: Sentence, terms: set[str]) -> bool:
    """Whether the words of a warned-against action are kept at a distance ("not Friday midday",
    "outside Friday midday prayer", "stays clear of")."""
    for tok in s.span:
        if tok.lemma_.lower() in terms:
            before = {t.lower_ for t in s.span.doc[max(s.span.start, tok.i - 4):tok.i]}
            if before & _CLEAR_OF:
                return True
    return False


def _norm_breaches(ctx: Context, norms: list[str]) -> list[Evidence]:
    """Sentences doing what a norm warns against ("arriving unannounced in uniform"), or reaching the leader
    a norm says to approach first only later."""
    flags: list[Evidence] = []
    clauses = ctx.analysis.clauses
    # What follows "never"/"instead of" up to "and" ("avoid Friday midday prayers and remove your shoes"
    # warns against the prayers only).
    warned = [(norm, re.split(r"\s+and\s+", m.group(1))[0].strip()) for norm in norms
              for m in _PROHIBITION.finditer(norm)]
    warned = [(norm, action) for norm, action in warned if len(action.split()) >= 2]
    if warned and clauses:
        sim = ctx.similarity([w for _, w in warned])
        for i, s in enumerate(clauses):
            j = int(sim[i].argmax())
            norm, action = warned[j]
            negated_root = any(c.dep_ == "neg" for c in s.span.root.children)
            shared = _terms(action) & set(s.lemmas.split())
            # A short phrase scores lower against a whole sentence: ask for its words too.
            if sim[i, j] >= 0.4 and len(shared) >= min(2, len(_terms(action))) and \
                    not _CONTRAST.search(s.text) and not negated_root and not _kept_clear(s, shared):
                flags.append(evidence(s, f"goes against a local norm: {norm}", "flag"))
    for norm in norms:
        first = _FIRST.search(norm)
        if not first:
            continue
        surname = re.findall(r"[A-Z][\w'’-]+", re.split(r"\s+(?:of|from|at)\s+", first.group(1))[0])
        for s in clauses:
            if surname and re.search(r"\b" + re.escape(surname[-1]) + r"\b", s.text) and \
                    re.search(r"(?i)\b(later|afterwards|eventually|at some point)\b", s.text):
                flags.append(evidence(s, f"leaves until later the leader to approach first: {norm}", "flag"))
    return _dedupe(flags)


def know_key_leaders(ctx: Context) -> Finding:
    leaders = ctx.scenario.community.leaders + ctx.scenario.partners
    named: list[Sentence] = []
    for person in leaders:
        named += [s for s in ctx.mentions(person) if s not in named]
    meeting = [s for s in named if s.find(C.MEET)]
    generic = [s for s in ctx.sentences_with(C.LEADERS) if s.find(C.MEET) and s not in named]
    credits = [evidence(s, "meets a named key leader") for s in meeting[:2]]
    credits += [evidence(s, "names a leader (add a first meeting)") for s in named[:1] if s not in meeting]
    credits += [evidence(s, "plans to meet leaders in general") for s in generic[:1]]
    fraction = 1.0 if len(meeting) >= 1 and len(named) >= 2 else 0.75 if meeting else 0.4 if (named or generic) else 0.0
    names = ", ".join(p.name for p in leaders[:2]) or "the community's leaders"
    return _grade(fraction, _dedupe(credits), [], violated=False,
                  missing=f"Name the key leaders ({names}) and a first meeting with each, before you need them.",
                  partial=f"Name {names} and when you will meet them.")


DETECTORS: dict[str, Callable[[Context], Finding]] = {
    "open-and-honest": open_and_honest,
    "inform-of-facts": inform_of_facts,
    "no-victim-demonizing": no_victim_demonizing,
    "admit-wrongdoing": admit_wrongdoing,
    "announce-agency-response": announce_agency_response,
    "engage-community-partners": engage_community_partners,
    "transparency-and-accountability": transparency_and_accountability,
    "accountability-with-officer-rights": accountability_with_officer_rights,
    "support-officers": support_officers,
    "include-officers-in-messaging": include_officers_in_messaging,
    "engage-personally": engage_personally,
    "show-up-at-community-events": show_up_at_community_events,
    "respect-every-encounter": respect_every_encounter,
    "meet-all-groups": meet_all_groups,
    "cultural-awareness": cultural_awareness,
    "know-key-leaders": know_key_leaders,
}

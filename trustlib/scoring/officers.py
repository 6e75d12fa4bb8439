"""Detectors for the agency's own officers: accountability with their rights, support, inclusion in messaging."""

from __future__ import annotations

import re

from ..scenario import Wrongdoing
from . import cues as C
from .claims import (charge_told, clearing_hits, condemns_the_cleared, discredits_evidence, of_the_agency_itself,
                     owned_wrongs, process_told_beside, verdict_before_trial)
from .context import Context, evidence, phrase_evidence
from .findings import Finding, dedupe, grade
from .public_response import investigations_told
from .text import writer_is_subject

def accountability_with_officer_rights(ctx: Context) -> Finding:
    credits, flags = [], []
    acc = ctx.sentences_with(C.ACCOUNTABILITY)
    # (In any line, with or without a verb: "Union rep, IA hearing before any discipline.")
    rights = ctx.sentences_with(C.OFFICER_RIGHTS, negated=None, clauses_only=False)
    if acc:
        credits.append(evidence(acc[0], "centres accountability and responsibility"))
    elif (ctx.wrongdoing == Wrongdoing.established or ctx.scenario.incident is None) and (owned := owned_wrongs(ctx)):
        # Once the wrong is established, owning it ("we got this badly wrong") is the agency holding itself to account;
        # before any incident, so is owning the past wrong the scenario records ("the department owning what it did").
        acc = [owned[0].sentence]
        credits.append(evidence(acc[0], "owns the agency's wrong: accountability"))
    elif (outside := investigations_told(ctx)[1]):
        # The case put before an investigator the scenario names, or an independent one ("the Oregon State Police
        # are investigating; the District Attorney will review it"), is the agency answering to someone.
        acc = outside[:1]
        credits.append(evidence(acc[0], "puts the case before an outside investigator: accountability"))
    if rights:
        credits.append(evidence(rights[0], "protects the officer's right to a fair process"))
    if ctx.wrongdoing != Wrongdoing.established:
        # "If the messages are theirs, they will answer for it" waits on the facts. (Asserted: "they would not wear
        # this badge again" carries its own negation.)
        for h in ctx.asserted(C.CONDEMN):
            # ("The man charged with her murder is one of our sergeants" tells the charge, a fact of the case.)
            if _said_of_words(h) or of_the_agency_itself(h) or charge_told(h):
                continue
            # "If our officers broke the pursuit rules they'll be sacked, full stop" names the sanction on the bare
            # facts: the process that decides it is skipped.
            if not _on_condition(h) or _SANCTION.search(h.phrase) and not any(
                    t.lemma_.lower() in _FINDING | _PROCESS for t in h.sentence.span):
                flags.append(phrase_evidence(h, "condemns or promises punishment before the facts are established"))
    else:
        for h in condemns_the_cleared(ctx):
            flags.append(phrase_evidence(h, "condemns an officer for what the finding cleared"))
        # A finding of wrongdoing does not decide the punishment: that is for the hearing.
        for h in ctx.asserted(C.CONDEMN):
            if C.DECIDED_SANCTION.search(h.phrase) and not re.search(r"(?i)hearing|process|appeal|board",
                                                                      h.sentence.text):
                flags.append(phrase_evidence(h, "promises punishment before the officer's hearing"))
            # Nor does it decide a criminal charge still before the court: "he is guilty of killing Raymond".
            # ("Whether he is guilty is for a court to decide"; "no one here will tell you he is guilty or
            # innocent" leave the verdict to the court.)
            elif verdict_before_trial(ctx, h) and not _on_condition(h):
                flags.append(phrase_evidence(h, "gives the court's verdict before the trial"))
    for h in ctx.asserted(C.DENY_PROCESS):
        flags.append(phrase_evidence(h, "denies the officer due process"))
    # "Nobody's going to get hung out to dry, and nobody's getting a free pass either" weighs both.
    for h in ctx.asserted(C.REJECT_ACCOUNTABILITY):
        if not (re.search(r"(?i)\bfree pass\b", h.sentence.text) or process_told_beside(ctx, h)):
            flags.append(phrase_evidence(h, "puts loyalty before accountability, whatever the facts"))
    for h in ctx.affirmed(C.DISCREDIT):
        if discredits_evidence(ctx, h):
            flags.append(phrase_evidence(h, "explains the evidence away instead of accepting scrutiny"))
    # A verdict for the officers ("our officers did nothing wrong") pre-empts the investigation or, once
    # wrongdoing is established, denies it; "whether it was within policy is for ... to decide" does neither.
    for h in clearing_hits(ctx):
        if not h.negated and not re.search(r"(?i)stand|support|hero|rush|isolated", h.phrase):
            flags.append(phrase_evidence(h, "declares the officers in the right before the facts decide it"))
    # Holding a name back is owed to the public: the officer's own colleagues, written to, already know it.
    if ctx.exercise.kind != "officer-message":
        flags += [evidence(s, "names an officer whose name has not been released", "flag")
                  for s in _unreleased_names_used(ctx)]
    if ctx.wrongdoing != Wrongdoing.established:
        flags += [evidence(s, "gives out officers' names the agency has held back, before any finding", "flag")
                  for s in _names_given_out(ctx)[:1]]
    fraction = (0.5 if acc else 0.0) + (0.5 if rights else 0.0)
    if ctx.officers_out_of_it and not rights:
        # A past wrong whose officers have left or were never at fault: no officer's process to protect, and the
        # agency owning it is the accountability asked for.
        fraction = 1.0 if acc else 0.0
    return grade(fraction, credits, dedupe(flags), violated=bool(flags),
                 missing="Commit to accountability and full cooperation, and to a fair process for the officers.",
                 partial="Speak to both sides: accountability to the public, and due process for the officers.",
                 violation="Do not name, condemn, clear or promise to punish an officer before the facts are established, "
                           "and do not explain the evidence away.")


#: A rank before a name ("Officer Wade Ellison", "PC Holt", "Sgt. Lyle Pruitt").
_RANKED_NAME = re.compile(r"\b(?:Officer|Deputy|Trooper|Constable|PC|Sergeant|Sgt\.?|Corporal|Cpl\.?|Detective|"
                          r"Det\.?)\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\b")
#: What a sentence tells of the officer involved: the act, or what is done to the officer for it.
_INVOLVED = re.compile(r"(?i)\b(leave|suspend\w*|relieved|desk duty|fired|terminat\w*|sack\w*|dismiss\w*|charged?|"
                       r"arrest\w*|prosecut\w*|disciplin\w*|investigat\w*|jail|prison)\b")


def _unreleased_names_used(ctx: Context) -> list:
    """Clauses that name an officer whose name has not been released: by the name the scenario holds back (the
    first clause for each such officer) or, failing that, by a name the scenario never gives."""
    named = []
    for officer in ctx.state.officers:
        if officer.name and not officer.name_released:
            surname = re.compile(r"\b" + re.escape(officer.name.split()[-1]) + r"\b")
            named += [s for s in ctx.analysis.clauses if surname.search(s.text)][:1]
    return named or _involved_officer_named(ctx)[:1]


#: Verbs with which names are given out.
_GIVING_OUT = frozenset("release publish name give announce".split())
#: What may hold a release back: a condition, a time still to come, a finding.
_HELD_UNTIL = re.compile(r"(?i)\b(if|unless|until|when|once|after|whether|policy|finding|review)\b")


def _names_given_out(ctx: Context) -> list:
    """Clauses that promise to give out the names of officers the scenario has held back ("The division will release
    the names of the four officers on leave at the 11 a.m. news conference"), not on a condition or a finding."""
    # (Not where the scenario's own later events release them: a release planned after a threat assessment.)
    later = [o for i in ctx.scenario.injects for o in i.officers or []]
    if ctx.scenario.incident is None or not any(o.name and not o.name_released for o in ctx.state.officers) or any(
            o.name_released for o in ctx.state.officers + later):
        return []
    out = []
    for s in ctx.analysis.clauses:
        for tok in s.span:
            if tok.lemma_.lower() not in _GIVING_OUT or tok.pos_ != "VERB" or any(
                    c.dep_ == "neg" for c in tok.children) or _HELD_UNTIL.search(s.text):
                continue
            names = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "name"]
            if any(w.lemma_.lower() in ctx.officer_words for n in names for w in n.subtree):
                out.append(s)
                break
    return out


def _involved_officer_named(ctx: Context) -> list:
    """Clauses that name an officer the scenario does not name (a rank before a name the scenario never uses) as
    the one who acted or the one the process is about ("Officer Wade Ellison picked up 12-year-old ...", "PC Holt
    will be sacked"), while no officer's name has been released. A peer-support sergeant named to officers
    ("Sgt. Ben Tolliver runs our peer team") is neither."""
    if ctx.scenario.incident is None or not ctx.state.officers or any(o.name_released for o in ctx.state.officers):
        return []
    told = ctx.remember("people the scenario names", lambda: _people_named(ctx))
    out = []
    for s in ctx.analysis.clauses:
        for m in _RANKED_NAME.finditer(s.text):
            if set(m.group(1).split()) & told:
                continue
            surname = m.group(1).split()[-1]
            acted = any(t.text == surname and t.dep_ in ("nsubj", "nsubjpass") and (
                t.head.lemma_.lower() in C.PHYSICAL_VERBS) for t in s.span)
            if acted or _INVOLVED.search(s.text):
                out.append(s)
                break
    return out


def _people_named(ctx: Context) -> set[str]:
    """Capitalised words of the scenario as the answer's time knows it (its agency, community, partners,
    stakeholders, the incident and its known facts): the names of people an answer may name. A later inject's
    release of the officer's name is not among them."""
    sc = ctx.scenario
    texts = [sc.agency, sc.community.model_dump_json(), *(c.model_dump_json() for c in sc.partners + sc.stakeholders),
             sc.incident.summary if sc.incident else "", *(f.text for f in ctx.facts)]
    return {w for t in texts for w in re.findall(r"[A-Z][a-z]+", t)}


#: Time off given, in so many words: "if you need a day, ask your sergeant", "take the time you need".
_TIME_OFF = r"time off|take (a|the|some) (day|time)|days? off|time you need|need (a|the|some) (day|break|time)"
_TIME_GIVEN = re.compile(rf"(?i)\b({_TIME_OFF})\b")

#: Kinds of support (what the guidance lists: time to process, informal talk, counselling), counted once each.
SUPPORT_KINDS = {
    # ("Dr. Ferris is available in confidence at 555-0179": a doctor seen in confidence.)
    "counselling": re.compile(r"(?i)\b(counsel\w*|psycholog\w*|therap\w*|clinician|mental health|confiden\w*|"
                              r"employee assistance|eap|chaplain\w*|wellness)\b|\bDr\.? [A-Z]"),
    # (TRiM, trauma risk management, is the peer support British forces run.)
    "peer support": re.compile(r"(?i)\bpeer\b|\bTRiM\b|trauma risk"),
    # ("if you need a day, tell your sergeant and you'll get it")
    "time to process": re.compile(rf"(?i)\b(leave|{_TIME_OFF}|time to (process|rest)|you need (some )?time)\b"),
    "informal talk": re.compile(r"(?i)\b(informal\w*|debrief\w*|talk|check (in|on))\b"),
    "families": re.compile(r"(?i)\b(family|families)\b"),
}


def support_officers(ctx: Context) -> Finding:
    # (A note with no verb offers support too when it says when or where to find it: "Peer group's at six tonight,
    # training room."; "Wellness and support." offers nothing.)
    support = [s for s in ctx.sentences_with(C.SUPPORT, clauses_only=False)
               if s in ctx.analysis.clauses or any(t.like_num for t in s.span)]
    # Support in words the cue does not know, told with how to reach it or as time given: "Dr. Ivan Petrov
    # (555-0188) is there, in confidence, for anyone ..."; "If you need a day, ask your sergeant." (Not an
    # officer's leave: "he is on administrative leave".)
    support += [s for s in ctx.analysis.sentences if s not in support and not s.find(C.DUTY_STATUS) and (
        (SUPPORT_KINDS["counselling"].search(s.text) or SUPPORT_KINDS["peer support"].search(s.text))
        and any(t.like_num for t in s.span) or s in ctx.analysis.clauses and _TIME_GIVEN.search(s.text))]
    kinds = {kind for s in support for kind, pattern in SUPPORT_KINDS.items() if pattern.search(s.text)}
    # "Being accountable to the public is part of the job" dismisses nothing.
    # "Talk to your partner, not some shrink" carries its own negation.
    # Others' word for something, reported ("some are calling it hand-holding", "'hand-holding' included"), is
    # not the writer's own.
    flags = [phrase_evidence(h, "dismisses the need for support") for h in ctx.asserted(C.DISMISS_SUPPORT)
             if not (h.sentence.find(C.ACCOUNTABILITY) or h.sentence.find(C.COOPERATE) or _support_is_the_job(h)
                     or h.quoted or _called_by_others(h))]
    flags += [evidence(s, "refuses support or declares it unneeded", "flag") for s in _support_refused(ctx)
              if not any(f.start == s.start for f in flags)]
    credits = [evidence(s, "offers concrete support") for s in support[:3]]
    # After an incident officers need time, talk and counselling; before one (a change of course, criticism to
    # face), or long after a past wrong whose officers are out of it, support offered in concrete terms is enough.
    after = ctx.scenario.incident is not None and not ctx.officers_out_of_it
    fraction = min(1.0, len(kinds) / (3 if after else 1)) if support else 0.0
    return grade(fraction, credits, flags, violated=bool(flags),
                 missing="Offer concrete support: time off to process it, informal debriefs, and confidential counselling (how to reach it).",
                 partial="Add " + ", ".join(k for k in ("counselling", "time to process", "informal talk")
                                            if k not in kinds) + ", and how to reach it (a name, a number, a time).",
                 violation="Seeking support is part of the job: remove the dismissive words.")


def _called_by_others(h) -> bool:
    """The cue is what others call something ("some folks are calling it hand-holding"), not the writer's word."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    call = next((a for a in (tokens[0].ancestors if tokens else []) if a.lemma_.lower() in ("call", "dub", "label")),
                None)
    return call is not None and not writer_is_subject(call) and \
        any(c.dep_ == "nsubj" for c in call.children)


#: Seeking support, as the thing said to be part of the job ("looking after yourselves is part of the job").
_SEEKING = re.compile(r"\b(look after|take care|care of|support|help|counsel\S*|peer|talk|use (they|it)|reach out|"
                      r"ask for)\b")


def _support_is_the_job(h) -> bool:
    """"Looking after yourselves is part of the job, not a sign of weakness"; "using them is part of the job": the
    job includes support, which dismisses nothing. Nor does a task of the job ("enforcement will always be part of
    the job, but it isn't the whole job")."""
    if "part of the job" not in h.phrase.lower():
        return False
    if _SEEKING.search(h.sentence.lemmas[:h.start]):
        return True
    part = next((t for t in h.sentence.tokens_at(h.start, h.end) if t.lower_ == "part"), None)
    subjects = [c for c in part.head.children if c.dep_ == "nsubj"] if part is not None else []
    return any(c.lemma_.lower() in _TASKS for c in subjects)


#: Tasks of police work, which a job has as parts: no burden it asks officers to carry without help.
_TASKS = frozenset("enforcement policing patrol patrolling arrest paperwork outreach engagement training court "
                   "investigation traffic".split())


#: A condition that only wishes ("if it were up to me", "if I had my way").
_UP_TO_ME = re.compile(r"(?i)\b(?:up to me|my way|my choice|my call)\b")


def _on_condition(h) -> bool:
    """The cue's verb waits on a condition of its own ("if the messages are theirs, they will answer for it";
    "should the review find ...")."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    verb = h.verb or next(
        (a for a in (tokens[0].ancestors if tokens else []) if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    # "Any officer who is found to have broken policy will be disciplined" waits on the finding; "any officer who
    # draws a complaint will be disciplined" does not.
    # ("If it were up to me, they would not wear this badge" wishes the sanction: no condition of fact.)
    conditions = [c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless", "once", "when") for m in c.children)]
    return any(not _UP_TO_ME.search(" ".join(t.text for t in c.subtree)) for c in conditions) or any(
        r.dep_ == "relcl" and any(t.lemma_.lower() in _FINDING for t in r.subtree)
        for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for r in c.children)


#: Words and names a message may say are finished or have no place: "the word 'pikey' is finished in this force".
_WORDS = frozenset("word term language phrase slur name expression joke".split())


def _said_of_words(h) -> bool:
    """A condemnation of a word, not of an officer: "the word 'pikey' is finished in this force"."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in _WORDS
               for t in h.sentence.span if t.head.dep_ == "ROOT" or t.head.head.dep_ == "ROOT")


#: Words of a finding a punishment may wait on.
_FINDING = frozenset("find prove substantiate establish sustain uphold".split())
#: The bodies and steps that decide a sanction.
_PROCESS = frozenset("investigation review process hearing inquiry board commission panel tribunal".split())
#: Sanctions that only a hearing decides.
_SANCTION = re.compile(r"(?i)\b(fire|fired|terminat\w*|sack\w*|dismiss\w*|"
                       r"off (this|the|our) (force|department|agency))\b")


#: Verbs with which support is given, held or needed ("we are not going to do that", "nobody needs counselling").
_PROVIDING = frozenset("do offer provide hold set arrange run schedule give allow approve need".split())
#: Verbs whose negation passes to the clause they hold ("I don't expect anyone needs counselling").
_NEG_RAISING = frozenset("expect think believe imagine suppose".split())
_REFERRING = frozenset("that this it them those these".split())


def _support_refused(ctx: Context) -> list:
    """Clauses that refuse support or call it unneeded, read from the parse: a negated verb of giving or needing
    whose object is a kind of support, or "that"/"it" after a clause about support ("I know some of you want
    debriefs. We are not going to do that."), or "I don't expect anyone needs counselling over an arrest".
    "Nobody will think less of you for asking for counselling" refuses nothing: thinking gives no support."""
    clauses = ctx.analysis.clauses
    return [s for i, s in enumerate(clauses)
            if _refuses_support(s, clauses[i - 1] if i else None)]


def _refuses_support(s, before) -> bool:
    for verb in s.span:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _PROVIDING or not _denied_verb(verb):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if _names_support(" ".join(t.text for t in _noun_phrase(obj))) or (
                    obj.lower_ in _REFERRING and before is not None and _names_support(before.text)):
                return True
    return False


def _noun_phrase(tok) -> list:
    """A noun with its modifiers and the nouns joined to it, not the clauses and phrases that hang from it
    ("counselling sessions", "debriefs or counselling"; not "permission to take a day off")."""
    words = [tok]
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "conj", "cc", "nmod", "poss"):
            words += _noun_phrase(child)
    return words


def _names_support(text: str) -> bool:
    return any(kind.search(text) for name, kind in SUPPORT_KINDS.items() if name != "families")


def _denied_verb(verb) -> bool:
    """The verb is negated, itself or through the verb it completes ("we are not going to do that"), or sits in a
    clause under a negated "I expect"/"we think"."""
    def negated(tok) -> bool:
        return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)

    head = verb.head
    return negated(verb) or verb.dep_ == "xcomp" and negated(head) or (
        verb.dep_ == "ccomp" and head.lemma_.lower() in _NEG_RAISING and negated(head))


def _told_as_past(h) -> bool:
    """A cue whose first word is a past verb ("I know many of you heard our statement on the news first")."""
    return any(t.tag_ == "VBD" for t in h.sentence.tokens_at(h.start, h.end)[:1])


def _sent_to_follow(s) -> bool:
    """Whether the sentence sends the reader to follow something with everyone else: "you can follow it ... in the
    media", "watch WCAL 4 for the details"."""
    return any(t.lemma_.lower() in ("follow", "watch", "read", "check", "tune", "catch", "see") and t.pos_ == "VERB"
               and (any(c.dep_ == "nsubj" and c.lower_ == "you" for c in t.children)
                    or not any(c.dep_ == "nsubj" for c in t.children)) for t in s.span)


def include_officers_in_messaging(ctx: Context) -> Finding:
    # A briefing refused ("I won't be briefing shifts ahead of time") is none; "you will not hear it from the news"
    # carries its own negation and still promises one.
    # "You'll see our statement on the news tonight" sees it with the public, not ahead of it.
    # "I know many of you heard our statement on the news first" owns a past failure; it leaves no one out now.
    left_out = [h for h in ctx.asserted(C.LEFT_TO_THE_PRESS) if not _told_as_past(h)]
    outside = {h.sentence.start for h in left_out}
    ahead = [s for s in ctx.sentences_asserting(C.BRIEF_AHEAD) if s.start not in outside]
    # ("Officers will see the statement on the department's social media" sees it where the public does.)
    briefed = [h.sentence for h in ctx.asserted(C.BRIEF_OFFICERS) if not any(
        o.sentence is h.sentence and o.start <= h.start < o.end for o in left_out)]
    briefed = [s for k, s in enumerate(briefed) if all(s is not b for b in briefed[:k])] + ahead
    # The practice is briefing officers before every release, not only sending this message first.
    first = [s for s in briefed if s not in ahead]
    informed = [s for s in ctx.sentences_with(C.KEEP_INFORMED) if s not in briefed]
    credits = [evidence(s, "officers will see what the agency says before the media do") for s in ahead[:1]]
    credits += [evidence(s, "officers hear it from their own command first") for s in first[:1]]
    credits += [evidence(s, "says officers will be kept informed") for s in informed[:1]]
    # The message itself telling officers of a statement still to come ("that's what I'm telling the press
    # tonight") is hearing it first this once, though no briefing before each later release is promised.
    # (Not where they are sent to read or watch it with everyone else: "it goes out at 5:40; watch WCAL 4".)
    to_come = [] if briefed else [h.sentence for h in ctx.asserted(C.STATEMENT_TO_COME)
                                  if not _told_as_past(h) and not _sent_to_follow(h.sentence)]
    credits += [evidence(s, "officers hear what the agency will say before it is said") for s in to_come[:1]]
    fraction = (0.8 if ahead else 0.0) + (0.3 if first else 0.0) + (0.2 if informed else 0.0)
    if to_come:
        fraction = max(fraction, 0.4)
    flags = [] if briefed else [phrase_evidence(h, "leaves officers to learn what happened from outside")
                                for h in left_out]
    return grade(fraction, credits, flags, violated=bool(flags),
                 missing="Tell officers they will see public statements before the media do, and how they will be briefed.",
                 partial="Commit to briefing officers before each public release, and say when and how "
                         "(e.g. the statement attached, a roll-call briefing before each update).",
                 violation="Tell officers what happened yourself, and brief them before each public release.")

"""Reading an announced change to practice, policy or training, in whatever words it comes.

A change is rarely written as "we will change our policy". It is written as a rule for the whole force
("From Monday, officers must wait for a clinician"), a date for training ("every officer will complete
duty-to-intervene training within 30 days") or a tactic taken out of use ("off-leash searches have been
suspended"). Each is read from the parse: who the sentence is about, whether it looks forward, and whether
it is denied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import cues as C
from .text import negative_noun, writer_is_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .text import Sentence

#: The force, its people and its operations: what a rule for everyone is about ("every officer",
#: "any approach", "all patrol tablets", "no launcher").
_FORCE_WIDE = frozenset(
    "officer deputy trooper agent sergeant supervisor sro handler team unit squad patrol shift recruit "
    "car vehicle cruiser tablet camera stop approach call search raid sweep warrant launcher taser weapon dog k9 "
    "demonstration protest arrest force encounter detention pursuit chase round shot referral "
    "drill exercise booking intake phone".split()
)
#: Those of the above that are people: only they may "stay", "remain" or "attend" without it being a rule.
_FORCE_PEOPLE = frozenset("officer deputy trooper agent sergeant supervisor sro handler team unit squad patrol shift "
                          "recruit".split())
_QUANTIFIERS = frozenset("every all each any no".split())
#: What the public files with the force, which a rule may cover when its kind is named.
_FILED = frozenset("report case complaint call".split())
_TRAINING = frozenset("train training retrain retraining course curriculum class".split())
#: Verbs that set a rule for others ("we are ordering every officer to read ...").
_RULE_VERBS = frozenset("order require direct instruct mandate".split())
#: Words that say a practice has ended, and the practices they may be said of.
_OVER = frozenset("over finished done".split())
_PRACTICES = frozenset("sweep raid checkpoint crackdown operation practice programme program patrol drill exercise"
                       .split())
#: Verbs that end a practice when the agency is their subject ("we have ended unannounced drills"); said of
#: anything else they tell of the incident ("the chase ended", "the officer stopped the car").
_ENDING_VERBS = frozenset("end stop halt".split())
#: Verbs that take a tactic or a tool out of use.
#: ("stop", "end" and "pull" are left out: "the officer stopped the car", "the chase ended", "pulled him over"; the
#: agency ending a practice is read with _ENDING_VERBS.)
_STOP_VERBS = frozenset("suspend withdraw halt pause ban prohibit bar".split())
#: What is suspended about a person is their duty status, not a practice ("his police powers are suspended").
_PERSONAL = frozenset("officer deputy trooper detective handler he she him her they them power pay badge "
                      "gun leave duty name team unit".split())
#: What officers do that is no rule ("every officer who was there will be interviewed").
_NOT_RULES = frozenset("interview question remain stay cooperate answer attend mourn grieve pray see watch know feel "
                       "hear think".split())
_ONSET = C.W(
    "start (now|today|tonight|tomorrow|immediately|this week|next week|monday|tuesday|wednesday|thursday|"
    "friday|saturday|sunday)", "from (now|today|tonight|tomorrow|this week|monday|tuesday|wednesday|thursday|"
    "friday|saturday|sunday)", "effective (now|today|tonight|immediately)", "as of (now|today|tonight)",
    "in effect", "take effect", "go into effect", "immediately", "from now on", "now", "until further notice",
    # "Since this morning, a supervisor checks every call alarm": a rule that began today.
    "since (this morning|today|last night|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    "by (the end of|january|february|march|april|may|june|july|august|september|october|november|december|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|this)", "(within|in) \\d+ (hour|day|week|month)",
    # a date it starts on: "From 3 March: a liaison officer ...", "starting March 3"
    "(from|start|starting|begin|beginning|come) (\\d+ )?(january|february|march|april|may|june|july|august|september|"
    "october|november|december)\\b",
)


def _forward(s: "Sentence") -> bool:
    """Whether the sentence looks ahead: a modal of the future, a stated start, or a step under way
    ("we are adding")."""
    if s.find(_ONSET):
        return True
    # ("No patrol vehicle may leave the pavement without a supervisor's approval": a rule from now on; so is what
    # "any future drill" needs.)
    return any(t.lower_ == "future" and t.dep_ == "amod" and any(c.lower_ in _QUANTIFIERS for c in t.head.children) or
               t.tag_ == "MD" and t.lower_ in ("will", "'ll", "must", "shall") or
               t.tag_ == "MD" and t.lower_ in ("may", "can") and any(
                   c.dep_ == "nsubj" and any(d.lower_ == "no" for d in c.children) for c in t.head.children) or
               t.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBP", "VBZ")
                                       for c in t.children)
               for t in s.span)


def _now_or_ahead(verb: "Token") -> bool:
    """A verb in the present, the present perfect, the future or the imperative ("searches have been
    suspended", "we are withdrawing", "suspend all no-knock warrants"), not a past event ("she was suspended
    from school last year")."""
    while verb.dep_ in ("xcomp", "conj") and verb.tag_ == "VB" and verb.head is not verb:
        verb = verb.head  # "a trooper attempted to stop a vehicle" is as past as "attempted"
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "VBD" for a in aux):
        return False
    return verb.tag_ in ("VB", "VBP", "VBZ", "VBG") or bool(aux)


def _denied(tok: "Token") -> bool:
    """A ``neg`` on the word or on the verbs above it ("officers will not be retrained")."""
    for node in [tok, *tok.ancestors][:4]:
        if any(c.dep_ == "neg" for c in node.children):
            return True
    return False


def _force_wide(tok: "Token") -> bool:
    """A noun for the whole force or all of an operation ("every officer", "all patrol tablets", "officers
    must"), not a named group ("all three officers", "every officer who was there", "the officers involved")."""
    # A report of a kind ("every missing-person report") is the force's business; "every report" may be anyone's;
    # so is each thing named by what of the force's it serves ("every call alarm", "each patrol radio"; not
    # "warrant procedures will be reviewed", which sets no rule).
    served = tok.lemma_.lower() not in _FORCE_WIDE | _FILED and any(
        c.dep_ == "compound" and c.lemma_.lower() in _FORCE_WIDE for c in tok.children)
    of_a_kind = tok.lemma_.lower() in _FILED and any(c.dep_ in ("compound", "amod") for c in tok.children) or served
    # ("every use of force", "all members of the unit")
    if not of_a_kind and tok.lemma_.lower() not in _FORCE_WIDE and not any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in _FORCE_WIDE for g in c.children)
            for c in tok.children):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("nummod", "relcl", "acl", "poss") or c.lower_ in ("involved", "both") for c in kids):
        return False
    quantified = any(c.lower_ in _QUANTIFIERS and c.dep_ in ("det", "predet", "amod") for c in kids) or (
        tok.head.lower_ in _QUANTIFIERS and tok.dep_ == "pobj") or (
        tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _QUANTIFIERS)
    plural_subject = tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in kids)
    return quantified or plural_subject and not served


#: A post or a way in that the agency opens to the public: a liaison officer, a hotline, a reporting line.
_SERVICES = frozenset("liaison hotline helpline portal ombudsman ombudsperson navigator advocate".split())
#: A line or a form, named by what it is for ("a phone line", "the online form").
_WAYS_IN = frozenset("line form app".split())
#: Verbs that bring a post or a service into being, or say it will be there.
_LAUNCH = frozenset("start begin launch open create set appoint hire add establish introduce have be assign name "
                    "staff fund".split())


def _of_the_force(tok: "Token") -> bool:
    """Someone said to be of the force ("no one in this department", "nobody on this force")."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "on", "of") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("department", "force", "agency", "office", "team", "unit")
        for g in c.children) for c in tok.children)


def _new_service(s: "Sentence") -> "Token | None":
    """A post or service that will be there from now on ("from 3 March a liaison officer who speaks Portuguese will
    start"; "there'll be an officer ... and a phone line"), not one denied or only named ("we will name the
    officer")."""
    for tok in s.span:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        kind = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
        if not (tok.lemma_.lower() in _SERVICES or kind & _SERVICES or
                tok.lemma_.lower() in _WAYS_IN and kind & {"phone", "reporting", "report", "tip", "hot", "text",
                                                           "online", "web", "24-hour"}):
            continue
        first = tok
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        # (A noun the parser joins to a verb, "there'll be an officer ..., and a phone line", is that verb's.)
        verb = first if first.pos_ in ("VERB", "AUX") else first.head
        if (verb is first or first.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")) and \
                verb.lemma_.lower() in _LAUNCH and not _denied(verb) and _now_or_ahead(verb):
            return tok
        # A line with no verb of its own, under the date it starts: "From 3 March: a Portuguese-speaking liaison
        # officer, and a line to report crimes".
        if s.span.root.pos_ not in ("VERB", "AUX") and s.find(_ONSET):
            return tok
    return None


#: What sets down rules: "our own policy required a certified interpreter" tells what one said.
_RULE_NOUNS = frozenset("policy rule procedure order protocol agreement law directive guideline checklist "
                        "regulation".split())


def _what_a_rule_said(tokens: list["Token"]) -> bool:
    """Whether a word of change is only what a rule said in the past ("our policy required a certified interpreter
    and a call to a supervisor"): what it already asked for, not a change."""
    return any(t.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _RULE_NOUNS for c in t.children)
               or _said_of_a_rule_in_force(t) for t in tokens)


#: Words that make a rule one being made: "the new procedures, which require ...".
_MADE_NOW = frozenset("new revised updated amended proposed".split())


def _said_of_a_rule_in_force(verb: "Token") -> bool:
    """A verb that tells what an existing rule asks, in a clause on it ("the established procedures for medical
    requests, which require a sick-call slip"), not a new rule's ("the new procedures, which require ...") nor one
    still to come ("which will require")."""
    rule = verb.head
    # (The parser may hang the clause on the rule's last noun: "procedures for medical requests, which require")
    if rule.dep_ == "pobj" and rule.head.dep_ == "prep" and rule.head.head.lemma_.lower() in _RULE_NOUNS:
        rule = rule.head.head
    return verb.dep_ == "relcl" and rule.lemma_.lower() in _RULE_NOUNS and not any(
        c.lemma_.lower() in _MADE_NOW for c in rule.children) and not any(c.tag_ == "MD" for c in verb.children)


def announces_change(s: "Sentence") -> str | None:
    """Why the sentence announces a change to practice, policy or training, or None. A list of keywords is no
    announcement: the word "change" counts only in a clause, the rules below only from the parse."""
    # (What is so already is no change: "our existing policy already requires officers to treat everyone with
    # respect"; "we've already changed the rule" is one made.)
    so_already = any(t.lower_ == "already" and t.head.tag_ in ("VBZ", "VBP") for t in s.span)
    if s.is_clause and not s.find(C.NO_CHANGE) and not so_already and any(
            not s.negated(a, b) and not _what_a_rule_said(s.tokens_at(a, b)) for a, b in s.find(C.CHANGE)):
        return "announces a change to policy, practice or training"
    forward = _forward(s)
    for tok in s.span:
        lemma = tok.lemma_.lower()
        if lemma in _TRAINING and forward and not _denied(tok) and not any(c.dep_ == "poss" for c in tok.children):
            if tok.dep_ != "compound" or tok.head.lemma_.lower() in _TRAINING:
                return "announces training to come"
        if lemma in _RULE_VERBS and tok.pos_ == "VERB" and not _denied(tok) and not so_already and any(
                _force_wide(c) or c.dep_ == "dobj" and c.lemma_.lower() in _FORCE_WIDE for c in tok.children):
            return "sets a rule for the whole force"
        if lemma in _STOP_VERBS and tok.pos_ == "VERB" and not _denied(tok) and _now_or_ahead(tok):
            objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if objects and all(o.lemma_.lower() not in _PERSONAL and o.pos_ not in ("PROPN", "PRON") and
                               not any(c.dep_ == "poss" for c in o.children) for o in objects):
                return "takes a tactic or tool out of use"
        if lemma in _ENDING_VERBS and tok.pos_ == "VERB" and not _denied(tok) and _now_or_ahead(tok) and \
                writer_is_subject(tok) and any(c.dep_ == "dobj" and c.lemma_.lower() in _PRACTICES and c.tag_ == "NNS"
                                               for c in tok.children):
            return "ends a practice"
        # "no more surprise drills"
        if lemma in _PRACTICES and any(c.lower_ == "more" and any(g.lower_ == "no" for g in c.children)
                                       for c in tok.children):
            return "ends a practice"
        # A practice said to be over now ("night park sweeps are over"; not "the raid was over in minutes").
        if lemma in _OVER and tok.head.lemma_ == "be" and tok.head.tag_ in ("VBP", "VBZ") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _PRACTICES for c in tok.head.children):
            return "ends a practice"
    if forward and (service := _new_service(s)) is not None:
        return f"sets up something new for the public ({service.text})"
    # "Starting today nobody carries a personal phone into booking."; "from today no one in this department goes
    # through a door unannounced", "no address goes on a warrant until ..."
    if forward and any(negative_noun(t) and t.dep_ == "nsubj"
                       and t.head.lemma_.lower() not in _NOT_RULES
                       and (any(c.dep_ == "dobj" and c.lemma_.lower() in _FORCE_WIDE or c.dep_ == "prep" and any(
                           g.dep_ == "pobj" and g.lemma_.lower() in _FORCE_WIDE for g in c.children)
                           for c in t.head.children) or _of_the_force(t))
                       for t in s.span):
        return "sets a rule for the whole force from now on"
    # "Effective today, no crowd may be encircled without an announced dispersal order": what no one may do now (not
    # "no charges will be filed", a forecast).
    if forward and any(negative_noun(t) and t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() not in _NOT_RULES
                       and any(c.tag_ == "MD" and c.lower_ in ("may", "must", "shall") for c in t.head.children)
                       for t in s.span):
        return "sets a rule for the whole force from now on"
    # "From today, officers may not encircle a crowd unless ...": what the force may no longer do (not "officers will
    # not be retrained", a forecast denied).
    if forward and any(_force_wide(t) and t.dep_ == "nsubj" and t.head.lemma_.lower() not in _NOT_RULES and any(
            c.tag_ == "MD" and c.lower_ in ("may", "must", "shall") for c in t.head.children) and any(
            c.dep_ == "neg" for c in t.head.children) for t in s.span):
        return "sets a rule for the whole force from now on"
    if forward and any(_force_wide(t) and not _denied(t.head) and (
            t.head.lemma_.lower() not in _NOT_RULES or t.lemma_.lower() not in _FORCE_PEOPLE) for t in s.span):
        return "sets a rule for the whole force from now on"
    return None

"""Lexical cues, written over lemmas (``" he be shoot by an officer "``).

Cues find *candidates*; detectors then read the parse (negation, voice,
subject, hedging) and the scenario's data before anything counts. Each
pattern matches whole lemmas: ``W("shoot")`` is `` shoot `` in the lemma string.
"""

from __future__ import annotations

import re


def W(*alternatives: str) -> re.Pattern[str]:
    """A pattern of whole-lemma alternatives; ``_`` stands for any one lemma and ``...`` for up to four."""
    alts = [a.replace(" _ ", r" \S+ ").replace(" ...", r"(?: \S+){0,4}") for a in alternatives]
    return re.compile(r"(?<= )(?:" + "|".join(alts) + r")(?= )")


# --- who did what ------------------------------------------------------------
#: Verbs of force: in a passive with no agent, they hide who acted.
FORCE_VERBS = frozenset(
    "shoot fire strike hit kill wound injure tase taser restrain pin kneel knee punch kick tackle "
    "beat choke hold slam throw pepper-spray spray tackle subdue discharge deploy force handcuff grab push "
    "shove drag strangle taze stun bite cuff maul attack savage slam body-slam sweep trip".split()
)
#: What officers physically do in an encounter ("the trooper pursued the car", "the handler released his dog"):
#: with a named police subject, such a sentence says who did what.
PHYSICAL_VERBS = FORCE_VERBS | frozenset(
    "chase pursue stop lift take release send enter break smash ram drive pull detain arrest search approach "
    "confront order command follow box pick scoop crush".split())
ACTOR_WORDS = frozenset("officer officers deputy deputies trooper troopers we police sergeant corporal detective "
                        "member colleague lieutenant captain agent ours constable constables cop cops policeman "
                        "policemen policewoman dispatcher dispatchers jailer jailers pc pcs".split())
EUPHEMISM = W(
    # (Not "arrested without any shots fired": it says no one fired.)
    "officer - involve", "ois", "shot be fire", "(?<!without )(?<!without any )(?<!no )shot fire",
    "weapon discharge",
    "weapon be discharge", "firearm be discharge", "struggle ensue", "altercation ensue", "medical incident",
    "medical emergency", "medical episode", "excited delirium", "in - custody death", "medical event",
    "medical distress", "be strike by gunfire", "strike by gunfire", "use - of - force incident",
    "use of force incident", "force be use", "force be apply",
    "cew deploy", "cew be deploy", "lvnr",
    # "an officer deployed a conducted electrical weapon": the Taser's jargon name, as "discharged his weapon" is
    # the gun's.
    "deploy (a|an|the|his|her|their) (cew|ecd|ecw|conduct(ed)? (electrical|energy) (weapon|device)|"
    "electronic control (weapon|device))",
    "be fatally wound", "sustain fatal injury", "sustain injury", "sustain gunshot wound",
    "involve in (a|the|an) (shooting|incident|use of force|altercation|encounter)", "be involve in",
    "misunderstanding", "miscommunication", "(mistake|error) (be|have be) make",
    "discharge (his|her|their|a|the) (weapon|firearm|service weapon|gun|pistol)", "a life have be lose",
    "make entry", "distraction device",
    "(guide|escort|assist|lower|help|place) (him|her|them|he|she|they) to the (floor|ground)", "diversionary device",
    "dynamic entry", "k9 contact", "k-9 contact",
    # "the young man lost his footing when he came down and hurt his head" (after a Taser)
    "lose (his|her|their) footing",
    "canine contact", "dog contact", "k9 apprehension", "canine apprehension", "contact with the k9",
    "a life be lose", "lose (his|her|their) life", "pass away", "an incident occur", "incident take place",
    # "that's when the round went off": the gun fired itself; "Mr. Kemp's passing".
    "(round|gun|weapon|firearm|pistol|rifle|taser|shot) go off", "(his|her|their|'s) passing",
    # gunfire with no one firing: "shots were exchanged, and Mr. Lindqvist was fatally struck"
    "shot be exchange", "exchange of (gunfire|fire|shot)", "be fatally strike",
    # the shooting in tactical words: "Officer Mahler engaged the threat"
    "engage the (threat|suspect|target|subject|shooter|gunman)",
    # the act put down to the line or the vehicle: "a communication issue occurred during the call", "the session was
    # subsequently released", "a Department vehicle ... made contact with an individual"
    "(communication|technical|connectivity|language) (issue|problem|breakdown|difficulty|failure|error) "
    "(occur|arise|happen|take place)", "(vehicle|unit|cruiser|car|suv) (\\S+ ){0,6}make contact with",
    # a family's dog killed, people held, a man filmed, in words that say none of it: "a canine was dispatched",
    # "the occupants were inconvenienced", "a recording occurred", "the religious article was secured"
    "(dog|canine|animal|pet) (\\S+ ){0,2}be dispatch", "dispatch (the|a|their) (\\S+ )?(dog|canine|animal|pet)",
    "be inconvenience", "recording (be (\\S+ )?make|occur)",
    "(religious article|article of faith|headgear|head covering) be (\\S+ )?(secure|confiscate|remove)",
)
#: Words said by an officer (a slur on tape) called something milder: "inappropriate language was used", "an
#: unfortunate choice of words", "words that some have found offensive".
WORDS_SOFTENED = W("inappropriate language", "(unfortunate|poor|bad|regrettable) choice of word",
                   "(some|many|people|resident|viewer) (have |may have )?find offensive")
#: Euphemisms that put the harm down to the person's own body, not to what officers did.
MEDICAL_RECAST = W("excited delirium", "medical emergency", "medical episode", "medical incident", "medical event",
                   "medical distress", "go into distress", "become unresponsive")
#: Ways of referring to what happened: with no one named as acting, they leave out who did it.
#: Explaining the evidence away instead of facing it.
DISCREDIT = W(
    "blow out of proportion", "out of proportion", "out of context", "not (show|tell|capture) the (whole|full|entire) "
    "(story|picture)", "only (show|tell) (part|half|one side)", "may look bad", "might look bad", "look bad , but",
    "look worse than", "sensationalize", "sensationalise", "media frenzy", "witch hunt", "trial by media",
    "edit (social media )?(clip|video)", "rely on (edit |short )?(social media )?(clip|video)", "full context",
    "misinformation", "disinformation", "false narrative",
    # "the video begins partway through ... and does not show what happened before"; "a more complete picture"
    "(clip|video|footage|recording)(?: \\S+){0,12} (do|does|did) not show (what|the whole|everything|all)",
    "(begin|start|pick up) (partway|midway|part way|halfway|half way) through", "(more complete|fuller) picture",
    # "body camera footage captures only one perspective and may not reflect everything the deputy saw"
    "(capture|show|tell|give|offer) only one (perspective|side|angle|part|view)",
    "(may|might|do|can) not (reflect|capture|show|tell) (everything|the whole|the full|all)",
    "(provide|give|offer|add) some context",
    # "a phone held by a relative is not a neutral witness, and fifty seconds is not the whole story"
    "not the (whole|full|entire) (story|picture)", "not a neutral (witness|observer|source)",
    # casting the finding as politics: "with the mayor breathing down our necks", "a board stacked with appointees"
    "breathe down (our|my|their|his|her|the department 's) neck", "politically motivated",
    "political (appointee|hit job|witch hunt|theater|theatre|football|stunt)", "(stack|pack) with (political )?(appointee|activist|critic)",
    "(bow|cave|give in|bend|buckle|fold) to (the )?(political |public |medium |media )?pressure",
    "throw (him|her|them|us|you|our officer|the officer) under the bus", "do not believe everything you (hear|read|see)",
    # the critics dismissed: "people second-guessing you from their couches have never done this job"
    "second - guess", "from (their|the) (couch|armchair|sofa)", "(armchair|monday morning) quarterback",
    "have a field day",
)
#: Treating what happened as the agency's private business.
#: The agency's own word called politics, to its own people: "the apology is politics", "that's politics".
CALLED_POLITICS = W("(be|'s) (just |only |pure |all |nothing but )?politics?")
CONCEAL = W(
    "deal with (it|this|that|the matter|the issue) internally", "keep (it|this|that) between (us|we)",
    "handle (it|this|that|the matter) internally",
    "an internal matter", "a personnel matter", "keep (it|this|that) (quiet|between us|in - house|in house)",
    "in - house", "behind close door", "no need for the public to know",
    # "I will talk to you straight, off the record"
    "off the record",
)
INCIDENT_REFERENCE = W("shooting", "incident", "encounter", "event", "death", "die", "lose", "tragedy",
                       # (Not what becomes of the officers: "what happens to either officer" is not decided.)
                       "what happen(?! to (\\S+ ){0,2}(officer|deputy|deputies|detective|lieutenant|sergeant|trooper))",
                       "situation", "force", "altercation", "confrontation")
#: A comment on people's looks or faith, which a rule of conduct forbids ("No comment on dress or religion"): no
#: refusal to speak about the incident.
_ON_PEOPLE = (r"(?! (on|about) (anyone|anybody|people|someone|somebody|(\S+ ){0,2}(dress|clothes|clothing|religion|"
              r"faith|appearance|hair|body|weight|accent|headscarf|scarf|turban|hijab|look)))")
STONEWALL = W(
    "no comment" + _ON_PEOPLE, "decline to comment", "decline comment", "can not comment",
    "will not comment" + _ON_PEOPLE, "unable to comment", "not comment" + _ON_PEOPLE,
    "no (further|far) information", "no (further|far) comment",
    # "No further statements will be issued."
    "no (further|far|more) (public )?(statement|update|announcement|briefing)",
    "not be answer question", "not answer question", "not take question", "not take any question",
    "nothing (further|far)", "no additional information at this time", "not be release any (further|far)",
    "say nothing (further|far|more|else)", "not say (anything|any) (more|further|far)",
    # "The matter is under investigation so I can't say more at this stage."
    "can not say (any |anything )?(more|further|far)(?= \\.| at this (stage|time|point)| right now| for now)",
    # "There is nothing more we can add right now."
    "nothing (more|further|far|else) (we can |i can |to )?add",
    # "It would be inappropriate for the Force to make any further comment until the Coroner ...", "The Department
    # will refrain from further public remarks pending the review."
    "(inappropriate|not appropriate|not be appropriate) (for (the |our |this )?\\S+ )?to (comment|make (any )?"
    "(further |far )?(public )?comment|say (any )?(more|further|far))",
    "refrain from (any )?(further |far )?(public )?(comment|remark|statement)",
)
JARGON = W(r"10 - \d+", r"10-\d+", "perp", "perpetrator", "the subject(?! of)", "subject be", "suspect vehicle",
           "code 3", "signal \\d+", "bwc", "cew", "lvnr", "vehicle pursuit")

# --- facts ------------------------------------------------------------------------
UNKNOWN_ACK = W(
    "not yet know", "not know", "do not know", "don't know", "unknown", "unclear", "not clear", "not yet clear",
    "not yet be clear", "not be clear",
    "not yet determine", "not determine", "not yet establish", "not establish", "not yet confirm", "not confirm",
    "not be able to confirm", "can not confirm", "can not yet", "cannot", "not yet able", "have not yet",
    "remain to be", "yet to be", "be still be", "still under", "under investigation", "be be investigate",
    "investigate whether", "investigate what", "investigate how", "investigate why", "determine whether",
    "determine what", "determine how", "determine why", "establish whether", "establish what", "examine whether",
    "review whether", "will determine", "will establish", "pending", "await", "wait for", "not speculate",
    "will not guess", "question we can not answer", "question we do not", "do not yet have",
    "can not tell", "can not say", "can not yet say", "can not yet tell", "not able to (say|tell)",
    "nobody know", "no one know", "(nobody|no one) , (\\S+ ){1,4}, know",
    "be guess", "will not guess", "we have not", "still work to", "still establish",
    "still determine", "not yet identify", "not identify",
    "not yet be identify", "not be identify", "not yet release", "not yet available", "not yet complete",
    "(review|reviewing|investigate|examine|consider) ... for possible",
    # "The District Attorney's review of possible criminal charges is ongoing."
    "(review|investigation|inquiry|examination) of possible", "(be|remain) (still )?ongoing",
    "not (yet )?be (confirm|verify)", "unconfirmed", "unverified", "inconclusive",
    # "Whether there are charges is up to the District Attorney, and she hasn't decided."
    "(have|do) not (yet )?(decide|conclude|rule)", "undecided",
)
#: An account said to be contested or false ("Amani and her family deny it"; "That was not true").
DISPUTED = W("deny (it|that|this|this account)", "dispute", "contest", "(be|was) (not|n't) true", "untrue", "be false",
             "be wrong", "(neither( \\S+)?|none of (it|them|that|this)) be (true|correct|right)",
             "correct (the|our|its|this|that|an|a) (\\S+ ){0,2}(release|statement|post|report|account)")
#: A question said to be still open ("whether the pursuit complied with policy remains under review"): stale once
#: a finding has answered it. (Not an acknowledgement of the unknown in general: after a finding, "the officers'
#: actions are under review" deflects.)
STILL_OPEN = W("under review", "remain open", "still open", "(be|remain) an open question",
               "not yet (be )?(decide|resolve)",
               # "how close she was remain questions for the investigation"
               "(remain|be still|be yet) (a |an )?(open |unanswered )?question (for|to)")
HEDGE = W(
    "appear to", "appear that", "seem to", "seem that", "may have", "might have", "could have", "possibly",
    "probably", "likely", "apparently", "reportedly", "allegedly", "believe to have", "believe to be",
    "we believe", "it be believe", "what appear to be", "what look like", "look like", "suggest that",
    "indicate that", "be think to", "it appear", "it seem", "it would appear", "it look as if", "it look like",
    "presumably", "perhaps", "maybe", "we suspect", "in all likelihood", "most likely", "more than likely",
)
TIME_WORDS = re.compile(
    r"(?i)\b(\d{1,2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?)|noon|midnight|morning|afternoon|evening|night|tonight|"
    r"today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may \d|june|july|august|september|october|november|december|"
    r"\d{1,2}(st|nd|rd|th)\b|o'clock|hours? ago|minutes? ago)"
)
PLACE_WORDS = re.compile(
    r"(?i)\b(street|st\.|avenue|ave\.?|road|rd\.|boulevard|blvd|drive|lane|block|corner|intersection|park|"
    r"station|apartment|home|house|residence|parking lot|store|school|church|highway|route|bridge|alley)\b"
)

# --- the person harmed ------------------------------------------------------------
DEMONIZING = W(
    "criminal record", "criminal history", "criminal past", "lengthy record", "extensive record", "long record",
    "(prior|previous) (\\S+ )?(arrest|conviction|offense|offence|citation|ticket)", "rap sheet",
    "arrest record", "record of arrest", "know to police", "know to law enforcement", "know to officer",
    # "Tanis Redsky, 31, who is known to our members from previous calls"
    "know to (our|the|this) (member|officer|deputy|constable|police|department|service|force)",
    # police jargon that makes the person a case: "members encountered an adult female subject"
    "(adult|juvenile) (male|female) subject",
    "familiar to police", "gang", "gang member", "gang - affiliate", "on parole", "on probation",
    "parolee", "ex - con", "felon", "convict felon", "high on", "under the influence", "intoxicate",
    "drug use", "drug user", "drug dealer", "narcotic", "meth", "cocaine", "marijuana", "toxicology",
    "emotionally disturb", "emotionally disturbed", "edp", "deranged", "psychotic", "mentally unstable",
    "erratic", "erratically", "violent", "aggressive", "aggressively", "combative", "belligerent", "hostile",
    "dangerous man", "dangerous individual", "thug", "troublemaker", "career criminal", "non - compliant",
    # the labels for people who use drugs: "eleven addicts who called 911"
    "addict", "junkie", "pillhead", "crackhead", "druggie", "dope fiend",
    "noncompliant", "uncooperative",
    "fail to comply", "refuse to comply", "not comply", "resist arrest", "resist officer",
    "fail to obey", "refuse to obey",
    # "a history of difficulty following adult direction"
    "history of (difficulty|trouble|problem|defiance|disruption|disruptive|outburst|misbehaviour|misbehavior|"
    "refuse|refusal|non - compliance|escalation|aggression|abscond|absconding|challeng\\S* behaviou?r)",
    "actively resist", "while resist", "if he have comply", "if she have comply", "if they have comply", "have he comply",
    "have she comply", "bring this on", "his own action", "her own action", "his past", "her past",
    # "there are posts online about Mr. Coleman's past; investigators ... are looking into them"
    "'s past", "(his|her|'s) (personal )?background",
    "suspend from school", "school suspension", "send to the (principal 's )?office",
    # school discipline, not the officers' holding of him ("the handcuffing and 22-minute detention")
    "(school|after - school|lunch|saturday|lunchtime|juvenile|youth) detention", "detention at school",
    "(get|give|serve|assign|earn) (\\S+ ){0,2}detention",
    "prior contact", "previous contact", "past contact",
    # earlier dealings hinted at: "security tells me this isn't the first time they've had to deal with him"
    "not the first time (\\S+ ){0,5}(deal with|have trouble with|have problem with|catch|stop) (he|she|they)",
    "(deal with|have trouble with|have problem with) (he|she|they) before", "know to (store |mall )?security",
    "(stop|arrest|cite|detain) ... (twice|previously|several time|three time|last year|on (two|several) occasion)",
    "not blame ... , but",
    # the insinuation behind a denial: "we are not suggesting that he had anything to do with the theft, but ..."
    "not (say|suggest|imply|insinuate) (that )?(he|she|they|his|her|their|the|mr\\.|ms\\.|mrs\\.|miss|anybody|"
    "anyone|somebody|someone) (\\S+ ){0,20}, but",
    "share the risk", "share (the|some) (blame|responsibility)",
    "bear (some )?(of the )?(blame|responsibility)", "expel", "juvenile record", "disciplinary record",
    # "he did have a juvenile matter on file from when he was fifteen"
    "juvenile (matter|file|case|history|adjudication|offen[cs]e|charge|conviction)",
    "(matter|record|file|case|history) on file",
    "in trouble (at school|with the law|before)", "trouble with the law", "none of this would have happen",
    # (not "his parents should have heard it from us": what the police owed them)
    "parent should(?! (have )?(hear|learn|know|get|receive|be (tell|inform|notify|call|visit|contact)))",
    "should have (stay|keep|comply|listen|obey|stop|respond)", "would not have happen if",
    "would (still )?be alive (today )?if",
    "if (he|she|they) have (stay|comply|stop|listen|follow|obey|cooperate|not run|not resist|just)",
    "something to hide", "guilty conscience", "have it coming", "ask for it",
    "troubled past", "troubled history", "history of violence", "history of mental", "violent history",
    "history of drug", "frequent flyer", "excited delirium", "superhuman strength",
    # "records show he had a history of domestic disturbances at that address"
    "history of (domestic|disturbance|assault|arrest|violent|threat)",
    # his death laid at his own door: "it looks like a clear case of suicide by cop"
    "suicide by cop", "suicide - by - cop",
    "cite for", "citation for", "charge with", "convict of", "plead guilty",
    # Risk put on the person: "those who remained did so at their own risk", "everyone who stayed knew the risks".
    "at (his|her|their|your) own risk", "know the risk", "accept the risk", "choose to (stay|remain|ignore)",
    "remain in the area",
    # earlier calls and arrests told as background: "officers had been called to the apartment twice before",
    # "he had a 2019 arrest"
    "(call|send|dispatch|respond|come) (out )?to (this|the|that|his|her|their|(\\S+ ){1,2}'s) (home|house|apartment|"
    "address|"
    "residence|unit|door) (\\S+ ){0,3}(before|previously|twice|several time|many time|three time|on (two|several|\\S+) "
    "(previous |prior |earlier )?occasion)",
    "(two|three|several|many|multiple|numerous|repeat|\\d+) (previous|prior|earlier|past) (\\S+ )?(call|visit|contact|"
    "citation|ticket|arrest|conviction|offense|offence)", "driving (history|record)",
    # the crash victim blamed for her own injuries: "she may not have been wearing her seatbelt"
    "(not|n't) (have )?(be )?(wear|use) (a|her|his|their) (seatbelt|seat belt|helmet)", "unbelted", "unbuckled",
    # the family's papers raised: "the immigration status of the family"; "he wasn't here legally, so he wasn't
    # blameless either"
    "immigration status", "(not|n't) (be )?here legally", "(be|live|work) (here|in the country) illegally",
    "illegal (alien|immigrant)", "be not (\\S+ )?(blameless|without blame|entirely innocent)",
    # the lesson drawn on the reporter's trade: "we remind members of the media that they, too, are expected to
    # follow officers' lawful instructions"
    "remind (\\S+ ){0,4}(media|medium|reporter|journalist|press) (\\S+ ){0,8}(follow|obey|comply with) (\\S+ ){0,3}"
    "(instruction|order|command|direction)",
    "(?<!we )(?<!police )(?<!officer )(?<!detective )(?<!deputy )have (a|an|one|two|three|several|multiple|\\d+) "
    "(\\S+ ){0,2}(arrest|conviction)", "destructive",
    "run - in", "brush with the law",
    # "one of the adults has a prior record"
    "(prior|previous) record",
    # A pedestrian blamed for being hit: "wearing dark clothing", "stepped into the road without looking", and the
    # lesson drawn on her ("we remind everyone to wear reflective clothing").
    "(wear|in) (dark|black) (clothing|clothes)", "(step|walk|cross|dart|run) (\\S+ ){0,4}without look",
    "(dart|dash) (out )?(into|onto|in front of)",
    "(wear|use) (\\S+ )?(reflective|high - visibility) (clothing|clothes|gear|vest)",
    # a court record beyond the warrant itself: "had failed to appear on two earlier occasions", "owed more than
    # $900 in unpaid fines", "a history of missed court dates"
    "fail to appear (\\S+ ){0,3}(before|previously|twice|(on|at) (two|three|several|multiple|many|numerous|\\d+|"
    "prior|previous|earlier))", "(prior|previous|earlier|multiple|repeat|several) (\\S+ )?failure to appear",
    "owe (\\S+ ){0,4}in (unpaid|outstanding|back) (fine|fee|debt)", "history of (miss|fail|unpaid|skip)",
    # drink put on the person: "someone who had had a few too many and needed to sleep it off"
    "a few too many", "sleep it off", "(be|get) drunk", "have be drink", "smell (of|like) (alcohol|"
    "liquor|beer|booze)", "alcohol on (his|her|their) breath",
    # "Peter Nanuk was a chronic alcoholic" (not "an alcoholic drink")
    "(a|an|chronic|known|habitual|heavy|lifelong) alcoholic(?! (drink|beverage))",
    # "those choices have consequences"
    "(choice|decision) (have|carry|come with) consequence",
    # "her own choices set all of this in motion"
    "(his|her|their|'s) own (choice|decision|conduct|behavior|behaviour)", "set (all of )?(this|it) in motion",
    "none of (it|that) would have happen",
    # Labels for a poor or disabled person: "a transient", "the regulars downtown", "a wheelchair-bound individual".
    "transient", "vagrant", "vagabond", "junkie", "squatter", "derelict", "trespasser", "wheelchair - bound", "wheelchair - bind",
    "confine to a wheelchair", "the regular",
    # Police contacts told as background in other words: "well known to our downtown officers, who have answered
    # more than a dozen calls about him".
    "(know|known) to (our |the |local |many |most |all )?(\\S+ )?(police|officer|deputy|trooper|patrol|dispatcher)",
    "(dozen|many|several|multiple|numerous|repeat|countless|\\d+|two|three|four|five|six) (\\S+ )?call (about|regard|"
    "involve|on) (he|she|they)",
    # A victim of domestic violence blamed for the relationship: "she had him back in that house", "the victim had
    # the prior order dismissed", "a volatile relationship".
    "(let|allow|have|take|invite|bring) (he|the respondent|(her|the) (ex - |former )?(partner|boyfriend|husband|"
    "abuser)) back", "(drop|dismiss|withdraw|lift|rescind) (an |the |her |a )?(early |earlier |prior |previous |"
    "first |old )?(temporary )?(protective |restraining |no - contact )?order",
    "(have|get) (an |the |her |a )?(\\S+ )?order (dismiss|drop|lift|withdraw)",
    "(volatile|on - and - off|on - again , off - again|toxic|stormy|rocky|turbulent) relationship",
    # ... or for a new one, as if it provoked him: "Leah had recently become involved with someone new"
    "involved? with (someone|somebody|another (man|woman)|a new (\\S+ )?(partner|man|woman|boyfriend|girlfriend))",
    "(see|date) (someone|somebody) (new|else)", "(new|another) (boyfriend|girlfriend|lover)",
    "have (a|an) new (partner|man|woman) (who|that)",
    # the harm shared out as a quarrel: "a difficult separation, with allegations on both sides"
    "(allegation|accusation|blame|fault|wrong|bad) (\\S+ ){0,2}on both side",
    # Immigration status raised against the person: "in the country illegally since 2014", "eight years in
    # defiance of a federal order to leave"
    "in (this|the) country illegally", "illegal alien", "illegal immigrant", "illegally in (this|the) country",
    # "the worker whose paperwork wasn't in order"
    "(paperwork|paper|document) (be )?not in order", "without (proper |legal |the right )?(paper|document)",
    "in defiance of (a|an|the) (\\S+ )?(order|deportation|removal)", "overstay (his|her|their) visa",
    "(dodge|evade|ignore|flout) (a|an|the) (\\S+ )?(deportation|removal) order",
    # "he is not a stranger to law enforcement", "not a stranger to our records", "no stranger to our night shift"
    "(not|no) (a )?stranger to (the |our )?(law enforcement|police|officer|deputy|this department|this office|we|us|"
    "record|file|night shift|shift|the law|trouble|custody|cell)",
    # an old record, dated: "she had a bad-check conviction in 1998", "his 2019 arrest"
    "(conviction|arrest|citation) (in|from|back in) (19|20)\\d\\d",
    # (not "in October 2021 our deputies arrested Dale Pomeroy": the police's act)
    "(19|20)\\d\\d ((?!our |we |police |officer |deputy |trooper )\\S+ ){0,2}(conviction|arrest)",
    "bad - check", "(bad|bounced|bogus) check",
    # a child's abuse told as her doing: "a senior Explorer who is mature for her age", "she had a crush on him"
    # (not police jargon for a voluntary stop, "a consensual encounter")
    "mature (well )?(beyond|for) (his|her|their) (age|year)", "(have|had|develop) a crush on",
    "(be|seem|appear|look) (\\S+ )?consensual", "consensual (relationship|sex|sexual|affair|romance|contact)",
    "willing participant", "lead (he|him|she|her) on", "seek (he|him|she|her) out",
    # a complaint on file raised against him: "his personnel file includes a 2021 civilian complaint"
    "(personnel|disciplinary|complaint|internal affairs) (file|record|history|jacket) (\\S+ ){0,2}(include|contain|"
    "hold|show|list|have) (\\S+ ){0,3}complaint", "(have|has) a complaint file",
    # records in soft words: "more than one stretch away from classes for conduct", "a 19-year-old whose name our
    # officers would recognise"
    "(away|out|time) from (class|school|lesson) for (conduct|behaviour|behavior|discipline|misconduct|fight)",
    "(name|face) (\\S+ ){0,2}(officer|deputy|deputies|police|detective|trooper)s? (would|will|might) recogni[sz]e",
    # a booking photo kept up: "booking photographs are public records and will remain posted"
    "(booking (photo|photograph|picture|image)|mug ?shot)s? (\\S+ ){0,6}(remain|stay|keep) (\\S+ )?(post|up|online|"
    "publish|public|on the (site|website|page))",
    "keep (her|his|their|the) (\\S+ )?(booking (photo|photograph|picture)|mug ?shot) (up|post|online|on the)",
    # released now: "his 2019 booking photo ... that will go out too", "we will release her mug shot"
    "(booking (photo|photograph|picture|image)|mug ?shot)s? (\\S+ ){0,12}(will|'ll) (go out|be release|be publish|"
    "be post|be share)", "(release|publish|post|share) (his|her|their|the) (\\S+ )?(booking (photo|photograph|picture|"
    "image)|mug ?shot)",
    # "the driver was not a stranger to the unit's investigators"
    "(not|no) (a )?stranger to (the|our|this) (\\S+ ){0,2}(investigator|detective|officer|deputy|deputies|unit|squad|"
    "trooper|patrol)",
    # the "if he had complied" move, inverted: "had the driver pulled over when signalled, she would be alive"
    "have (he|she|they|(mr\\.|ms\\.|mrs\\.|miss) \\S+|the (?!officer|deputy|trooper|sergeant|police)\\S+) "
    "(just |simply |only )?(pull over|comply|"
    "obey|surrender|yield|stop when)",
)
#: A bad choice put on someone ("those two boys made a terrible choice"): blame when said of the person harmed (or
#: of someone the agency harmed), an admission when said of an officer; read only of the person.
PERSON_CHOICE = W("make (a|the|that|this|some) (terrible|bad|poor|reckless|dangerous|deadly|fatal|foolish|stupid|"
                  "selfish|wrong) (choice|decision)", "choose to (run|flee|drive|steal|argue|fight|resist|confront)",
                  # "he chose to walk out into the night with a loaded handgun rather than stay inside"
                  "choose to (walk|go|step|come|head|run) out",
                  "decide to (run|flee|steal|argue|fight|resist)",
                  # The risk put on the person's own choice: "Mr. Marsh elected to work at the very front of that
                  # crowd", "he voluntarily entered the water", "she put herself in harm's way".
                  "(choose|elect|opt) to (stay|remain|work|stand|be|go|wade|swim|enter|position|place|put|plant)",
                  "voluntarily", "of (his|her|their) own (accord|volition|free will)",
                  "(put|place|plant) (himself|herself|themselves) (in|at|where|right|into|up)",
                  "take a (\\S+ )?(chance|risk)")
#: The person's character doubted in passing ("I won't pretend he was a saint", "she was no angel"): the negation is
#: the slur's own, so these are read whether negated or not.
CHARACTER_DOUBTED = W("be no (angel|saint|choirboy)", "be not (a|an) (angel|saint|choirboy)",
                      "pretend (\\S+ ){1,3}be (a|an) (angel|saint|choirboy)", "far from (a|an) (angel|saint)",
                      # a motive put on a complaint: "drivers ... do sometimes complain just to get back at a deputy"
                      "(complain|complaint|report|lie|accuse|file|call) (\\S+ ){0,3}(just |only |simply )?"
                      "to get back at")
#: The harm put down to what the people harmed did ("injuries caused by students who panicked and stampeded", "as a
#: result of students leaving their positions"), or undone had they obeyed ("had the adults in the house followed
#: commands more quickly, the handcuffs could have come off sooner").
BLAME_ON_THE_HARMED = W("(cause by|result of|due to|because of) (\\S+ ){0,3}(student|kid|child|people|resident|family|"
                        "guest|fan|passenger|patient|adult|parent|occupant|tenant|neighbor|neighbour|crowd) (who )?"
                        "(panic|stampede|leave|ignore|disobey|fail to|refuse|run|rush|push)",
                        "(have|if) (\\S+ ){1,5}(follow|comply|obey|cooperate|listen) (\\S+ ){0,8}(could|would|might) "
                        "(have|not have)")
#: Drugs put on the person in words the other lists leave out ("she had been smoking cannabis"); read only where the
#: sentence is not one of the known facts ("a teacher reported a smell of cannabis" is the call, as the facts tell it).
DRUGS = W("smoke (cannabis|weed|pot|marijuana|drug|crack)", "(have|carry|hold|hide) (cannabis|weed|pot|drug)",
          "stoned", "smell (strongly |heavily )?of (cannabis|weed|marijuana|alcohol|drink|booze)",
          # hinted rather than named: "she may have taken something earlier in the evening"
          "have take (something|anything|a substance|some substance)",
          # drink hinted in slang: "a gathering that had been well lubricated since suppertime"
          "(well|thoroughly) lubricate", "liquor\\S* up", "three sheet to the wind")
#: A person called by their sex, as a report would ("the male, who appeared to be holding a firearm"), read only
#: where the word is a noun ("the male officer" is not it).
SEX_AS_NOUN = W("the male", "the female", "a male", "a female", "an elderly female", "an elderly male")
#: A person called "the subject", as an incident report calls them ("the female subject", "located the subject on the
#: ledge"); not "the subject of an investigation".
SUBJECT_LABEL = W("the (male |female |adult |juvenile |deceased )?subject(?! (of|matter|line|area|property|vehicle))",
                  # the person called by custody status, as a booking sheet would: "the inmate experienced ..."
                  "the (male |female )?(inmate|detainee|arrestee)(?! (in|of|population|'s (cell|family)))")
#: Private medical history raised about the person: a diagnosis, medication or treatment is the family's to speak of.
MEDICAL_HISTORY = W(
    "schizophrenia", "schizophrenic", "bipolar", "psychosis", "psychiatric (history|diagnosis|record|treatment)",
    "diagnose with", "diagnosis of", "mental illness", "mentally ill", "mental health history",
    "off (his|her|their) (med|meds|medication)", "(stop|quit|refuse) take (his|her|their) (med|meds|medication)",
    "not take (his|her|their) (med|meds|medication)",
    # "after she walked away from her treatment"
    "(walk away from|stop|quit|abandon|drop|skip|stay off) (his|her|their) (treatment|therapy|medicine|medication|"
    "med|meds|care plan)",
)
#: Discipline from a school or job that the person, not the officer, received ("suspended from Fairmont Central
#: last year"): read only when said of the person harmed, since an officer is suspended from duty too.
PERSON_DISCIPLINE = W("suspend from", "expel from", "kick out of", "suspend (last|this) year", "fire from",
                      # "Darius has had some discipline issues at school this year"
                      "(discipline|disciplinary|behaviour|behavior|behavioural|behavioral|attendance) "
                      "(issue|problem|record|history|trouble)",
                      "(in|into) trouble at school", "school record",
                      # "two prior disciplinary referrals this school year"
                      "(discipline|disciplinary|behaviour|behavior|conduct) (\\S+ )?referral",
                      # "Angel had been disciplined this semester for leaving her seat"
                      "be (discipline|expel|write up) (\\S+ ){0,3}(for|at school|this|last|in class)")
#: Blame shared out between the person harmed and the officer ("it escalated quickly on both sides", "both drivers
#: let their tempers get the better of them", "it takes two vehicles to make a collision").
SHARED_BLAME = W("(escalate|escalation|heat|tension|temper|fault|blame|mistake|error|emotion|anger) ... on both side",
                 "both (driver|party|side|man|woman) (be|get) (upset|angry|heat|heated|agitate|agitated|emotional|"
                 "frustrate|frustrated|aggressive)",
                 "both (driver|party|side|man|woman) (let|lose)",
                 "it take two (to|vehicle|car|people|side|party|driver)")
#: A frame that makes something a cause ("that's part of why it went the way it did", "made a hard situation
#: harder"): blame when what it makes a cause is the person's condition (see CONDITION).
CAUSE_FRAME = W("part of why", "part of the reason", "part of (this|the) story", "make ... (hard|bad|difficult)",
                "contribute to", "play a (part|role)", "(a|the) factor", "why it go the way")
#: The person's disability or condition, told in a sentence that makes it a cause (see CAUSE_FRAME).
CONDITION = re.compile(r"(?i)\b(disabilit(y|ies)|disabled|autis\w*|learning (challenges|difficult\w*|needs)|"
                       r"challenges with \w+|special needs|(mental|medical|health) (condition|illness|issues?|"
                       r"challenges)|mental illness|dementia|deaf|deafness)\b")
#: The person's age or frailty told as the reason for the harm (read with an outcome in the same sentence, see
#: HARM_OUTCOME): "given her advanced dementia and frailty, she passed away", "at her age any tumble is serious",
#: "a lady of very advanced years ... more than she could withstand".
FRAILTY_AS_CAUSE = W(
    # ("given" opens its clause: not "we give her family time")
    "(?:(?<=, )|(?<=^ ))give (his|her|their) (\\S+ ){0,3}(age|frailty|condition|health|dementia|year)",
    "at (his|her|their) age",
    "(someone|a (lady|man|woman|person|gentleman)) of (his|her|their) (age|year)",
    "(of|with) (very )?(advanced|great) (year|age)",
    "more than (she|he|they|her|his|their) (\\S+ ){0,2}could (withstand|take|bear|survive|handle)",
    "(frailty|frail health|age|underlying (health |medical )?condition) (\\S+ ){0,3}(cause|contribute to|lead to)",
)
HARM_OUTCOME = re.compile(r"(?i)\b(injur\w*|fall|fell|tumble|knock|died|dies?|death|passed|passing|withstand|"
                          r"serious|fatal\w*|surviv\w*)\b")
#: Blame put on whoever called the police or cared for the person (see engage-community-partners): "when you ring
#: the police about a knife, you get the police ... that's who they should have rung", "had the facility called an
#: ambulance instead of police, the outcome may well have been different", "something the Lodge may want to reflect
#: on".
PARTNER_BLAME = W(
    "should have (ring|call|phone|ask|tell|contact|send for|warn)", "(may|might) (want|wish) to reflect",
    "(outcome|morning|thing|it|result|night|day) (\\S+ ){0,2}(may|might|would|could) (well )?have (be|go|turn out) "
    "different", "(may|might|would|could) have change how",
    "(information|picture|account|story) (\\S+ ){0,4}(relay|give|pass|paint) (to (they|them) )?by (the|that) "
    "(facility|home|school|staff|caller|hospital|centre|center|shelter|lodge)",
)
#: A minor old infraction of the person's ("her registration did lapse for a few weeks last year"): read only with a
#: time before the incident, since the stop itself may have been for one ("its temporary tag had expired").
PERSON_INFRACTION = W("(registration|license|licence|insurance|tag|permit|plate) (\\S+ ){0,2}(lapse|expire)",
                      "(lapse|expire) (registration|license|licence|insurance|tag|permit)",
                      "(unpaid|outstanding) (ticket|fine|citation)",
                      # "Dale had an OUI back in 2009"
                      "(a|an|his|her|their|old|prior|previous) (oui|dui|dwi|owi|misdemeanou?r|felony)",
                      "(prior|previous|old) (citation|ticket|infraction|violation)",
                      # an old case of the person's: "he was cited after a fight at school in 2023"
                      "(cite|ticket|fine|arrest|charge|convict|jail|book|detain) (\\S+ ){0,3}(for|after|over|in)")
BEFORE_INCIDENT = re.compile(r"(?i)\b(last (year|month|week)|years? ago|months ago|in (19|20)\d\d|previously|"
                             r"prior|earlier this year|in the past)\b")
#: Labels a statement may give a crowd or a scene as well as a person: blame only when said of the person.
CROWD_LABEL = W("violent", "aggressive", "aggressively", "hostile", "combative", "belligerent", "erratic", "erratically",
                "dangerous", "destructive")
#: The person's own conduct told as a threat or provocation ("lunged at the officer", "had been cursing at
#: officers"): blame, unless the scenario establishes it.
HOSTILE_CONDUCT = W(
    "curse at", "swear at", "yell at", "scream at", "shout at", "threaten", "lunge", "charge at", "charge toward",
    "charge towards", "advance on", "advance toward", "advance towards",
    "come (back )?at (him|her|them|i|me|we|us|(the|an|a|my|our|his|their) (\\S+ )?(officer|deputy|trooper|agent|"
    "sergeant|detective|police|man|woman))", "go for (the|an|his|her) officer",
    # the classic account of a threat: "he reached toward the center console", "he wouldn't let go of it"
    "reach (for|toward|towards|into) (the|his|her|their|a|an|something|somewhere|what)", "not let go",
    "bite (the|an|a) (\\S+ )?(officer|deputy|trooper)", "bite (his|her) (hand|finger|thumb)",
    "attack", "assault", "swing at",
    # a blow to an officer: "the individual struck an officer before a Taser was deployed"
    "(strike|hit|punch|kick|headbutt|head - butt) (an|the|a|one of (our|the)|two of (our|the)) (\\S+ )?(officer|deputy|"
    "trooper|sergeant|constable|agent|detective)",
    "not drop (\\S+ ){0,3}when (order|tell|command|ask|direct)",
    # "spit" but not the "spit hood" or "spit guard" officers put on someone
    "spit(?! (hood|guard|mask|sock|bag))", "raise (his|her|their) (arm|hand|fist)", "turn on (the|an) officer",
    "as if (to )?(hold|carry|draw|pull|grab|have) (a|an) (weapon|gun|knife|firearm|pistol)",
    "taunt", "provoke", "insult", "disobey", "ignore (the|their|his|her|repeat|several|multiple)? ?(officer 's )?"
    "(command|order|instruction)", "refuse to (obey|drop|show|get|stop|put)", "struggle with", "fight with",
    "kick at", "pull away from", "grab for", "make a (sudden|furtive|threatening) (movement|move|gesture)",
    "not respond to ... (command|order|warning|instruction)", "not obey",
    # hiding from officers: "the juvenile was concealing himself inside the shed and did not come out when called"
    "conceal (himself|herself|themselves)", "hide from (the )?(police|officer|deputy|trooper)",
    "not come out when (call|order|tell|ask)", "refuse to come out",
    "not follow (command|order|instruction|direction)",
    # "an individual who had twice failed to follow instructions"
    "fail to (follow|obey|comply with) (\\S+ ){0,2}(command|order|instruction|direction)",
    "(command|order|instruction) (be|go) (ignore|disobey|defy)",
    "brandish", "wave (a|the|his|her) (gun|weapon|firearm|pistol|knife)",
    "shove (the|an|a|his|her) (\\S+ )?(officer|deputy|trooper|detective|sergeant|agent)",
    # hindering the officers: "she made a choice to obstruct", "Ms. Ruiz refused to cooperate"
    "obstruct", "(refuse|decline|fail) to (cooperate|comply)", "uncooperative", "non - compliant", "noncompliant",
    # at a protest: staying on after the order, or among those who threw
    "refuse to (leave|disperse|move)", "fail to (disperse|leave)", "remain ... after (the |those |repeat |the repeat )?"
    "(order|warning|command|dispersal order)", "(with|among) (the|a) (group|crowd|people|those) (that|who) "
    "(throw|attack|riot|assault)",
)
SUSPECT = W("suspect", "the suspect", "perpetrator", "assailant", "offender")
CONDOLENCE = W(
    "condolence", "sympathy", "sympathies", "our thought", "our heart", "heart go out", "heartbreaking",
    "grieve", "grief", "mourn", "loss", "sorry for", "deeply sorry", "tragic", "tragedy", "devastating",
    "heartbroken", "heartbreak", "sadden", "saddened", "sorrow", "apologize", "apologise", "apology", "sorry",
    "grieve with", "share (their|her|his|the family 's) grief", "our heart", "with them tonight", "think of",
    "pray for", "prayer", "with the family", "with his family", "with her family", "to the family",
    "to his family", "to her family", "pain", "anguish", "anger", "angry", "upset",
    "understand why", "beloved", "father", "mother", "son", "daughter", "brother", "sister", "mom", "mum", "dad",
    # "we share the family's worry tonight and wish Tobias a full recovery"; "I ask his family's forgiveness"
    "wish (\\S+ ){1,5}(recovery|progress)", "(family 's|their|his|her) (worry|fear)", "forgiveness",
    # "Simone, his wife, and his parents have our arms around them"; "Simone and Jerome's parents, we're with you"
    "wife", "husband", "widow", "widower", "arms? around (they|you|the family|his family|her family)",
    "we be with (you|they)",
)

# --- the officer's conduct ----------------------------------------------------------
CLEARING = W(
    "within policy", "in line with policy", "consistent with policy", "consistent with (his|her|their|our) training",
    "consistent with (our|the|its|his|her|their|department 's|the department 's) (\\S+ )?(policy|policies|training)",
    "in accordance with (\\S+ ){0,2}(policy|training|procedure|protocol)", "follow (his|her|their) training",
    "follow training", "follow policy", "follow procedure", "follow protocol",
    r"follow(?: \S+){0,8} (policy|procedure|protocol|training|rule)", "within ... policy", "justify", "justified",
    # "within the use-of-force policy"; "our policy on spit hoods was followed"
    r"within(?: \S+){0,2}(?: \S+ -)+ \S+ policy", r"(policy|procedure|protocol)(?: \S+){0,4} be follow",
    "justifiable", "act appropriately", "act properly", "act reasonably", "reasonable force",
    "appropriate force", "have no choice", "no other choice", "no other option", "fear for (his|her|their) life",
    "in fear for", "do nothing wrong", "do everything right", "do (his|her|their|its|our|your) job",
    # "our officers did everything they could to bring her home safely" (not "we will do everything we can")
    "do (everything|all) (they|he|she|we) could",
    "do (exactly |precisely )?what (he|she|they|it|you|we) (be|have be) (train|teach)",
    # "he made the one our instructors teach"
    "(the one|what|exactly what) (our|his|her|their) (instructor|trainer|academy|training) teach",
    "do (his|her|their|its) job (as|the way) (he|she|it|they) (be|was)? ?train",
    # "they did what any good robbery detective would do"
    "(?<!will )(?<!we )(?<!i )(?<!to )do what any (\\S+ ){0,2}(officer|detective|deputy|cop|trooper|constable|agent) "
    "would (have )?do",
    "stand behind (our|the|this|my) (officer|handler|deputy|deputies|team|colleague|man|men|trooper)",
    "stand by (our|the|this|my) (officer|handler|deputy|deputies|team|colleague|man|men|trooper)",
    "(fully|completely|firmly) back (our|its|the|this|my) ... (officer|handler|deputy|deputies|team|men|trooper)",
    "support (our|the) officer 100",
    "fully support the officer", "heroic", "heroically", "hero", "isolated incident", "take out of context",
    # "we fully expect him back on duty soon": the outcome of the review called before it is reached
    "(fully |certainly )?expect (he|she|they|the officer|the deputy|our officer) (\\S+ )?back (on|to) (duty|work|"
    "patrol|the street)",
    "rush to judgment", "rush to judgement", "lawful", "act lawfully", "(act|acting) in good faith",
    "split - second (decision|call|choice|judgment|judgement)", "no way of know", "could not have know",
    "stand 100 % behind",
    # the officer's record as his defence: "a decorated officer with an unblemished record"
    "(unblemished|exemplary|spotless|impeccable|distinguished|stellar) (\\S+ )?(record|career|service)",
    "decorated (officer|veteran|deputy|trooper|sergeant|lieutenant)",
    # "had only a split second to decide"; vouching for the officer's account: "I know this officer, and I believe
    # him when he says ..."
    # ("we know the officer fired five times" vouches for no one)
    "a split second", "(make|take) (\\S+ )?decision in (a few |mere |only )?second",
    "decision within (a matter of |a few |mere |only )?second",
    "(only |mere |just |a few )second (in which )?to (react|decide|respond|act)",
    # "had seconds to make a decision no one would want to make, and he made it to keep the doctors safe"
    "(he|she|officer|deputy|trooper|patrolman|patrolwoman) have (only |mere |just |a few )?second to (make|react|"
    "decide|respond|act)",
    "(make|take) (it|that|the decision|that decision|the call|that call) to (keep|protect|save)",
    "(i|we) believe (him|her|them) when", "(i|we) believe (our|my|the) (officer|deputy|trooper)",
    "i know (this|our|my) (officer|deputy|trooper) (,|and|well|personally|\\.)",
    "know what kind of (cop|officer|deputy|trooper|people)",
    # "they followed that order to the letter, and I have every confidence in them"; "everything by the book"
    r"follow(?: \S+){0,4} to the letter", "by the book",
    # "the Department remains confident in the good faith of the responding member"
    "(confident|confidence) in (the |his |her |their )?(good faith|judg(e)?ment|action|conduct|decision|"
    "professionalism|integrity)",
    # "they did exactly what was asked of them"
    "do (exactly |just |precisely )?what (be |we )?ask of (they|he|she|them|him|her)",
    # "he did what any of us would have done", "any officer would have done the same"
    # "Any one of you, standing in the dark with that story ringing in your ears, would have done the same"
    "any one of (you|we) (\\S+ ){0,14}would have do the same",
    # "there is no suggestion at this stage that the officers acted outside their training"
    "no (suggestion|indication|evidence|sign) (\\S+ ){0,8}(act|operate|go|step) outside (his|her|their|our|the) "
    "(\\S+ )?(training|policy|policies|procedure|power|authority|guideline)",
    # "anybody would have done the same"; "our officers made a reasonable call on Sunday"
    "(anybody|anyone|everybody|everyone) (else )?(\\S+ ){0,4}would have do the same",
    "make a (reasonable|sound|fair|understandable) (call|decision|judgment|judgement|choice)",
    "what any (\\S+ ){0,3}would have (have to )?do", "any (other )?(\\S+ )?(officer|deputy|trooper|of we|one of we|one|person) would "
    "have do the same",
    # "our personnel responded exactly as any reasonable officer would have"
    "(exactly |just )?as any (other )?(reasonable |trained )?(officer|deputy|trooper|one of we|of we) would",
    "(every|full|complete|total|absolute) confidence in (him|her|them|"
    "our (\\S+ )?(officer|deputy|deputies|detective|trooper))",
    # the outcome vouched for before it is reached: "we have every confidence in what they will find"
    "confidence in what (\\S+ ){1,3}(will|be go to) (find|conclude|show|determine)",
    # "the constable's decision is, in my view, understandable"; "the canine performed exactly as trained"
    "(officer|constable|deputy|trooper|handler|sergeant|corporal|detective|his|her) ('s )?(decision|choice|action|"
    "reaction|response) (be|seem|appear) (\\S+ ){0,5}?(understandable|reasonable)",
    "perform (exactly |precisely |just )?as (he |she |it |they )?(be |have be )?train",
)
#: Asking the public (rather than the agency) to hold back: "we ask the community not to rush to judgment".
ASK_PUBLIC = W("(ask|urge|caution|call on|encourage|request|remind|implore|beg) (the |our |all |every )?(public|"
               "everyone|everybody|community|people|resident|citizen|you|all)")
ADMISSION = W(
    "be wrong", "be not right",
    # "it was unlawful and wrong", "that is our wrong", "that's our doing, start to finish"
    "be \\S+ and wrong", "be unlawful", "(our|my) (own )?(wrong|doing)(?! (that|of|to))",
    # "what I will not do is pretend the filming was anything but wrong"; terse notes ("arrest unlawful, force
    # wrong"); "it was ours"; "Bao was burned because of those failures"
    "(arrest|force|search|stop|detention|shooting|entry|raid|takedown) (be )?(unlawful|wrong)\\b",
    "(it|that|this) be (ours|mine)\\b", "because of (those|these|our) (\\S+ )?failure",
    # "those lessons are ours, and owning them ... is where the gap starts to close"
    "(those|these) (\\S+ )?be (ours|mine)(?! to (make|decide|take|give|keep|choose))\\b",
    "own (it|this|that|them|those|these) (publicly|first|fully|openly)",
    # "this failure is ours"; "this was not one person's failure alone"
    "(failure|fault|mistake|wrong|failing) be (ours|mine)\\b",
    "not (just |only |simply )?(one person 's|an individual 's|one employee 's|one officer 's) (failure|fault|mistake)",
    # "this wasn't one bad apple"
    "not (just |only |simply )?(one|a|a single) bad apple",
    "not (do be )?pretend (\\S+ ){0,4}anything but (wrong|unlawful|a failure)",
    "violate (our|department|the department 's|agency|the|its) (policy|policies|rule|standard)",
    "violation of (our|department|the department 's|agency|the|its) (policy|policies|rule|standard)",
    # "the takedown violated our use-of-force policy", "the chase broke our 2023 foot-pursuit rule"
    "(violate|break) (our|its|the department 's|the agency 's) (\\S+ ){0,10}?(policy|policies|rule|standard)",
    # a policy by its number: "violated General Order 300.7", "broke Directive 12"
    "(violate|break) (general order|order|directive|rule|policy|regulation) \\S*\\d",
    # "our own review found that the beating broke policy", "it was a wrong done to one man"
    "(break|breach) policy", "a wrong (do|commit)",
    "out of policy", "outside (of )?(our )?policy", "not consistent with (our )?(policy|training|value|standard)",
    "should not have", "should never have", "should have", "unacceptable", "inexcusable", "excessive",
    "unjustified", "not justify", "unnecessary", "we fail", "fail you", "fail (him|her|them|the community|the family)",
    "a failure", "our failure", "mistake", "take (full )?responsibility", "accept (full )?responsibility",
    "own this", "we be responsible", "be responsible for", "not meet (our )?standard", "fall short",
    "wrongdoing", "misconduct",
    # "we got this wrong", "failures of this department", "it is mine to own"
    # ("we got a great deal wrong")
    "get (it|this|that|this one|a (great|good) deal|a lot|so much|much|so many thing|many thing|thing|everything) "
    "(\\S+ )?wrong",
    "failure of (this|our|the) (department|agency|office|force|bureau|division)",
    # "those are failures of our systems, and I will own them"
    "failure of our (\\S+ )?(system|policy|policies|process|procedure)",
    "(mine|ours) to own", "(i|we) own (it|this|that|them|those|the failure|our failure|the mistake)",
    # "we, the bureau, failed to audit that room"; "we hurt people in Harbor Row"
    "we , the (\\S+ ){1,3}, fail",
    "(we|this department|the department|this bureau|the bureau) (have )?hurt (people|you|them|him|her|the community|"
    "(\\S+ )?(community|communities|family|families|resident|neighbour|neighbor))",
    # the agency owning it in the third person: "the office owns that, and I've said so publicly"
    "the (office|department|agency|force|division|service|bureau) (be )?own (it|this|that|the failure|its failure|"
    "the mistake)",
    # "that apology is the department owning what it did"
    "(office|department|agency|force|division|service|bureau|we|i) own (up to )?what "
    "(it|we|they|our officer|its officer) "
    "(do|fail)",
    # a failure to act told of ourselves: "the division never acted on it", "we did not act", "we did nothing with
    # it", "the division took no further action"
    "(we|(division|department|office|agency|bureau|force|service)) (\\S+ ){0,2}(never|do not|do n't) (act|follow up)"
    "(?! (until|before|unless|without))",
    "(we|(division|department|office|agency|bureau|force|service)) (\\S+ ){0,2}do nothing (with|about|to)",
    "(we|(division|department|office|agency|bureau|force|service)) (\\S+ ){0,2}take no (further |other )?action",
    # "those were our officers' failures", "that's on us", "this department's responsibility", "Tavion's mother
    # deserved better from us", "no policy or explanation makes that right"
    "(our|my) (\\S+ ){0,2}(failure|mistake|fault)", "(that|this|it) be on (we|i|this department|the department)",
    # "the task force failed Isaiah and his family, and as the chief who leads it, I am responsible"
    "(department|agency|office|force|service|team|unit|bureau|division) fail",
    "(i|we) be responsible(?! for (the|our|this) (review|"
    "investigation|response|decision))",
    "(department|agency|office|bureau|division) 's responsibility", "responsibility be (ours|mine)",
    # "this is the department's failure", "this failure belongs to the department", "we let her down"
    "(department|agency|office|force|service|city|bureau|division) 's (\\S+ ){0,2}(failure|fault|mistake|wrong)",
    "(failure|fault|mistake|wrong) (\\S+ ){0,2}(belong to|rest with|lie with) (we|i|me|us|the|this|our) ?"
    "(department|agency|office|force|service)?",
    "(we|i|department|agency|office|force|service|city|bureau|division) let (\\S+ ){1,3}down",
    "deserve (better|well) from (we|i|this department|the department|our officer|this agency)",
    "(nothing|no \\S+)(?: \\S+){0,6} make (that|this|it) right",
)
#: Words that judge an officer's conduct.
JUDGEMENT = W("right", "wrong", "justify", "justified", "unjustified", "lawful", "unlawful", "within policy",
              "outside policy", "reasonable", "unreasonable", "proper", "improper")
APOLOGY = W("apologize", "apologise", "apology", "we be sorry", "i be sorry", "deeply sorry", "sincerely sorry",
            "sorry that", "sorry to", "we regret", "regret that",
            # "I asked his forgiveness", "I ask you to forgive us"
            "ask (\\S+ ){0,4}forgiveness", "ask (him|her|them|you|the family) to forgive",
            # "I ask your pardon" (not "ask the governor for a pardon")
            "(ask|beg) (for )?(your|their|his|her) pardon",
            # in the third person: "Chief Salcedo apologises to her and to Noticias 22"
            "(chief|sheriff|commissioner|department|agency|office|force) ([^\\s;:,.]+ ){0,2}apologi[sz]e")
WITHHOLD = W(
    "not prejudge", "prejudge", "draw conclusion", "reach conclusion", "jump to conclusion", "too early to",
    "too soon to", "premature", "not (yet )?(be )?(in a position|able) to say", "will determine whether",
    "determine whether", "(decide|judge) (whether|if)", "whether (the|this|that) (officer|use of force|shooting|force)",
    # "whether this shooting was justified is their call, not mine"
    "(be|'s) (their|its) call",
    # "nor will we excuse him or condemn him before Internal Affairs has reviewed the footage"
    "(excuse|defend|clear) (\\S+ ){0,4}or (condemn|blame|accuse)",
    # (whether it was lawful is open; "the 2023 enforcement was lawful" says it was)
    "(whether|if) (\\S+ ){0,10}be lawful", "wherever the fact lead",
    "where the fact lead", "follow the fact", "let the investigation", "await the finding", "await the outcome",
    "before all the fact", "until the fact", "until all the fact", "once the fact",
    # "it is for those reviews, not for us, to judge what the officer did"; "is for the review to decide"
    "(be|matter|question) for(?: \\S+){0,3} (review|investigation|investigator|inquiry|court|jury|prosecutor|board|"
    "commission|oversight|bureau|office|attorney general|reviewer)(?: \\S+){0,5} to (decide|determine|judge|rule on|"
    "conclude|say)",
    # ... or whoever it is for, when what they decide is fault: "whether he broke policy is for the State Police
    # to decide", "it is for them to judge what the deputy did" (not "for the family to decide when we meet").
    "(whether|policy|law|wrong|justify|justified|conduct|fault)(?: \\S+){0,12} (be|matter|question) for(?: \\S+){1,6} "
    "to (decide|determine|judge|rule on|conclude|say)",
    "(be|matter|question) for(?: \\S+){1,6} to (decide|determine|judge|rule on|conclude)(?: \\S+){0,2} (whether|what|if)",
    "not (for|up to) (we|i|the department|the agency)(?: \\S+){0,3} to (decide|determine|judge|say)",
    "(draw|reach|make|come to) no (conclusion|judgement|judgment|finding)",
    # "the judgement on the officers' conduct is theirs to make"; "whether this shooting complied with it is a
    # question for the investigators"
    "(judgement|judgment|decision|verdict)(?: \\S+){0,6} be (theirs|its|his|hers) to (make|reach|give)",
    "(whether|comply|lawful|policy|conduct)(?: \\S+){0,12} be a (question|matter) for (the )?(\\S+ ){0,2}"
    "(investigator|investigation|review|court|jury|prosecutor|attorney|board|inquiry)",
    "not (go to |about to )?(judge|condemn|clear|exonerate) (he|she|they|the officer|the deputy|anyone)",
    "(none|no one|nobody|neither)(?: \\S+){0,5} (clear|condemn|exonerate)",
)

# --- the agency's response ----------------------------------------------------------------
INVESTIGATION = W("investigate", "investigation", "investigator", "inquiry", "review", "probe", "examine", "auditor",
                  "look into", "take (the|this) case", "lead (the|this) case", "handle (the|this) case",
                  # "State Police looking at charges", "the prosecutor will look at the crash for any charge"
                  "look at (\\S+ )?(charge|charges|the case|the crash|the shooting|the death|the file)",
                  # "SIRO has had the case since 6 a.m.", "the file is with SIRO"
                  "have (have )?(the|this) (case|file)", "(case|file) be (now )?with", "take over (the |this )?"
                  "(case|file|investigation)",
                  # "our older paper records are being checked now", "we are going through the old records"
                  "record (\\S+ ){0,3}be (now )?(be )?(check|search|comb)",
                  "(check|search|go through|comb through) (\\S+ ){0,3}record",
                  # what a search of old records shows: "I'll tell you what the paper records show by 31 March"
                  "what (\\S+ ){0,3}record show", "(paper|old|older|archived) (\\S+ )?record (\\S+ )?show",
                  # the agency's own investigators, by name: "Internal Affairs has secured every recording"
                  "internal affairs?", "professional standards?")
INDEPENDENT = W("independent", "independently", "outside agency", "outside investigator", "state", "bureau",
                "attorney general", "prosecutor", "district attorney", "county attorney", "inspector general",
                "oversight", "civilian review", "external", "not (be )?investigate (itself|ourselves|our own)")
COOPERATE = W("cooperate", "co - operate", "full cooperation", "fully cooperate", "provide (all|every|full)")
DUTY_STATUS = W(
    "administrative leave", "admin leave", "paid leave", "pay leave", "pay administrative leave", "on leave",
    "on pay leave", "(unpaid|indefinite|investigative) leave", "leave without pay",
    # "has been moved to a desk with no access to records", "taken off all records work", "we removed him from the
    # programme that night"
    "move (\\S+ ){0,2}to a desk", "take off (all )?(\\S+ ){0,2}(work|duty|duties|case|caseload|assignment)",
    "remove (him|her|them) from (the |his |her |their )?(\\S+ )?(programme|program|unit|post|assignment|position|"
    "role|squad|school|beat)",
    "(officer|deputy|trooper|he|she) ... leave", "off duty", "take off duty", "no longer (work|patrol|on duty)",
    "not be on (patrol|duty|the street)", "place on leave", "desk duty", "administrative duty",
    # (the parser's lemma of "restricted duties" is "restrict duty")
    "restrict(ed)? (\\S+ )?duty", "modified duty", "non - public - face", "relieve of duty",
    # (not a driver's: "two prior citations for driving on a suspended license")
    "relieve of (his|her|their) duty", "suspend(?! (licen[cs]e|registration|driver))",
    "suspension", "remove from patrol", "remove from (the )?(street|field|duty|active duty)",
    "off patrol", "not on patrol", "no patrol", "not work", "not be work", "return to duty", "take off the street",
    # a civilian's work taken from them: "the call-taker is off the phones", "moved off the radio"
    "off the (phone|phones|radio|console)",
    # in plain words: "I'd stopped his paycheck and taken back his badge, his sidearm and the keys to his squad"
    "stop (his|her|their) (pay|paycheck|salary)",
    "take (back |away )?(his|her|their) (badge|gun|sidearm|firearm|weapon)",
    # "both constables will take it before they return to patrol"
    "return to (patrol|the street|the field|the road|frontline|front - line)",
    "badge and gun", "police power", "terminate", "fire the officer", "dismiss", "duty status",
    "off (\\S+ )?duty", "(street|field|patrol|enforcement|school) duty",
    # in plain words: "he has been sent home on full pay, he can't act as a police officer, and his gun is in
    # evidence"
    "send (him|her|them) home", "on full pay", "not act as (a|an) (police )?(officer|deputy|trooper)",
    "(his|her|their) (gun|badge|weapon|firearm|service weapon) (be )?(in evidence|take|collect|surrender)",
    # after a finding, the discipline under way is the officer's status
    "face (a )?(disciplinary|discipline|dismissal|termination)", "disciplinary (hearing|process|proceeding|board)",
)
CHANGE = W(
    "change", "review (our|its|the department 's|all|the) (policy|policies|practice|procedure|training)",
    "policy review", "new policy", "new (\\S+ ){0,2}(rule|protocol|procedure|standard|guideline|directive)",
    "revise", "revision", "update (our|its) (policy|policies|training)",
    "retrain", "re - train", "additional training", "new training", "training on", "training in", "train all",
    "crisis intervention", "crisis team", "de - escalation", "co - responder", "ban", "prohibit", "audit",
    "reform", "overhaul", "require", "requirement", "body camera policy", "restraint policy", "supervision",
    # "here's what's different starting Friday", "we will do this differently"
    "what be different", "(do|handle|run) (\\S+ )?differently",
)
NO_CHANGE = W("no change", "nothing will change", "not change(?! the fact)", "no need to change", "no plan to change",
              "see no reason to change", "no reason to review",
              "nothing (else )?(about it |about this )?need to change",
              "(program|programme|policy|practice|procedure|training) (itself )?be sound",
              "confirm our (procedure|policy|practice) be sound")

# --- partners ---------------------------------------------------------------------------------
PARTNER_ACTION = W(
    "meet", "meeting", "sit down", "call", "reach out", "contact", "invite", "host", "convene", "join",
    "work with", "work together", "partner", "listen", "hear from", "ask", "share", "brief", "walk",
    "visit", "gather", "town hall", "listening session", "community meeting", "conversation", "talk", "sit with",
    "agree to", "hold", "help (us|we)", "with (us|we)",  # (lemmas: "us" is "we")
)
GENERIC_PARTNERS = W(
    "community leader", "community partner", "faith leader", "clergy", "pastor", "community group",
    "community organization", "neighborhood association", "neighbourhood association", "civic leader",
    "advocate", "advocacy", "coalition", "council", "partner", "leader", "leadership", "ministry", "church",
)
LISTEN = W("listen", "listening",
           # ("I wanted you to hear from me" is the partners hearing the police)
           "hear (first |directly |again )?(from(?! (i|we|me|us|the sheriff|the chief) )|what|how|your|their|people|"
           "resident|concern|them|you|everyone|the community)",
           # on a call-in hour: "to take your calls"
           "take (your |their |people 's |listener 's |resident 's )?(call|question)",
           # "I'll be there to hear it from you", "to hear the congregation", "to hear the partner's agenda"
           "hear (it|this|that|everything|all of it) from(?! (i|we|me|us|the sheriff|the chief|the department) )",
           "hear (the |our |your |its )?(congregation|family|parent|elder|neighbor|neighbour|resident|member|tenant|"
           "student|people|folk|folks|grievance)",
           "hear (\\S+ ){0,3}(agenda|priority|priorities|idea|worry|worries|complaint|story|stories)",
           # asking the partners how the family or the community wants it done
           "ask (\\S+ ){0,6}(how|what|when|where) (\\S+ ){0,3}(want|wish|prefer|would like|need)",
           "be hear", "hear ... out", "have (their|a|your) say", "speak first", "tell (we|i) (what|how|where|about)",
           "let (resident|residents|people|you) speak",
           # "I will stay for as long as people need to speak"
           "as long as (\\S+ ){0,2}(need|want|wish|like) to (speak|talk)",
           # Questions and concerns taken from people, not "people have many questions" or "the questions the
           # District Attorney is examining".
           "(answer|take|hear|field|welcome|bring|raise|ask|share|address|listen to|respond to|put|pose) (\\S+ ){0,3}"
           "(question|concern)", "(question|concern) (from|of) (\\S+ ){0,2}(resident|people|you|community|neighbor|"
           "neighbour|parent|family|member|tenant)", "question and concern", "concern and question",
           "question (i|me|we|us)",
           "feedback", "input", "what you need",
           "your view", "your advice", "guidance", "learn from",
           # writing it together: "we will draft a protocol agreement with Sagawi Chief and Council"
           "(draft|write|develop|design|shape|negotiate|build|co - write|co - design) (\\S+ ){0,3}(agreement|"
           "protocol|policy|policies|plan|memorandum|training|curriculum|course|rule|standard|guideline|safeguard) "
           "(\\S+ ){0,3}with",
           # ... and in the passive: "training designed with the Sikh Coalition"
           "(agreement|protocol|policy|plan|training|curriculum|course) (\\S+ ){0,2}(draft|write|develop|design|"
           "shape|build|co - write|co - design) (\\S+ ){0,2}with",
           # "parents will review the draft with us", "to hear why victims go to them", "at whatever time and place
           # you choose, with whatever agenda you set"
           "(review|read|comment on|mark up) the draft", "hear why",
           "whatever (\\S+ ){0,4}(you|they) (choose|set|prefer|pick|decide|want)")
#: A gathering of the community's own headed off: "discourage any gathering outside the station", "call off the vigil".
_HEADING_OFF = ("(discourage|prevent|stop|call off|cancel|head off|postpone|put off) (any |the |a |tonight 's |this |"
                "that )?(\\S+ )?(gathering|vigil|protest|march|rally|demonstration)",
                # "encourage them not to join Saturday's march at the jail"
                "(encourage|urge|ask|tell|persuade) (\\S+ ){0,3}not to (join|attend|go to|take part in) (any |the |a |"
                "this |that )?(\\S+ ){0,2}(gathering|vigil|protest|march|rally|demonstration)")
STOP_GATHERING = W(*_HEADING_OFF)
_KEEPING_FROM_SIGHT = ("not to (share|post|spread|repost|circulate) (the|that|this) (clip|video|footage)",
                       # "you refrain from speaking to the media or sharing videos online"
                       "refrain from (\\S+ ){0,6}(share|post|spread|circulate) (the |any |that |this )?(clip|video|"
                       "footage)",
                       "discourage (the |any )?(sharing|spread|spreading|circulation|posting|reposting) of")
CALM_ONLY = W("urge calm", "keep the peace", "calm the community", "calm people", "calm thing down", "calm the crowd",
              "prevent unrest", "tell people to stay calm", "ask (them|people|residents) to stay calm",
              "persuade ... (go home|disperse|leave|calm down|stay home)", "(send|get) ... home", "(to|please) go home",
              "disperse the crowd", "clear the street",
              "keep (people|everyone|thing|the community|the crowd|resident|it|folk|folks) calm", "help keep the peace",
              # "a word from the stage to keep heads cool"
              "keep (head|heads|temper|tempers|thing|things|everyone|people) (cool|calm|down)",
              *_HEADING_OFF,
              # "Right now the community needs calm voices"; "let people know the matter is being handled"; "encourage
              # them to cooperate with officers"; "let the process work"
              "calm voice", "(let|tell) (people|they|everyone|everybody|your \\S+) know (that )?(the|this) (matter|"
              "situation|case) be (be )?(handle|under control)",
              "encourage (\\S+ ){0,3}to cooperate with (the |our )?(officer|police|deputy|deputies|department)",
              "let the (process|investigation|system) work",
              # "encourage people at tonight's vigil to keep things peaceful"; a priest asked "to explain to his
              # parishioners what the office can and cannot do"
              "keep (\\S+ ){0,2}peaceful", "explain to (his|her|their|your) (parishioner|congregation|member|people|"
              "follower|flock|community|tenant|family|families)",
              # "encourage calm from the pulpit"
              "(encourage|urge|preach|promote|call for) calm",
              "(stay|keep|remain) calm", "(to|please|:) stay home", "help (to )?calm",
              # "help the folks in your pews simmer down", "help settle the young men down"
              "simmer down", "settle (\\S+ ){0,4}down",
              "calm (those|these|the|their) feeling",
              "help (resident|people|the community|everyone|member|their member|your member) (to )?understand",
              "make sure (people|resident|everyone) understand", "reassure (people|resident|the community|everyone)",
              # "We urge community leaders to stop the spread of misinformation."
              "(stop|halt|counter|combat|fight|shut down|put an end to) (the )?(spread of )?(misinformation|"
              "disinformation|rumour|rumor|false information)",
              *_KEEPING_FROM_SIGHT,
              # partners asked to carry the agency's line or hold people back
              "keep (\\S+ ){1,6}calm", "discourage (any |the )?(gathering|protest|march|rally|crowd|demonstration)",
              # "I'd ask each of you to tell people there that the video shows this office has nothing to hide"
              r"(ask|urge|need|like|want|encourage|invite)(?: \S+){0,5} (you|council|each|all|both|three|leader|"
              r"partner)(?: \S+){0,3} to tell (people|everyone|everybody|the community|resident|folk|your \S+|"
              r"their \S+)",
              "remind (student|people|resident|member|parent|family|families|neighbor|neighbour|youth|kid|young people|"
              "everyone|the community|your \\S+|their \\S+)(?= that )",  # the message itself may hold a "not"
              # "help us calm members' concerns", "to calm your members down"
              "calm (\\S+ ){0,3}(concern|fear|worry|worries|anger|nerve)", "calm (\\S+ ){1,3}down")
#: The evidence kept from people's sight: "discourage the sharing of the bystander video".
SUPPRESS_EVIDENCE = W(*_KEEPING_FROM_SIGHT)

#: Partners made to speak for the police (to vouch, to stand at the podium, to tell their members the department is
#: handling it): a violation whatever listening the message also offers.
SPEAK_FOR_POLICE = W(
    "vouch for", "tell your (member|congregation|people|follower) that", "stand with we", "standing with we",
    # "ask the Coalition to tell families that the department can be trusted now"
    "tell (\\S+ ){0,3}that (the|this|our|my) (\\S+ ){0,2}(department|police|office|force|agency|officer|deputies|"
    "service) can be trust", "(cooperate|comply) (\\S+ ){0,4}(they|you|people|everyone) have nothing to fear",
    # "tell your congregations, your members and your listeners that the new chief is a good guy"; "would you
    # reassure people that our deputies are professionals"
    "tell (your|their) (\\S+ ){1,8}(member|congregation|people|follower|listener|parishioner|flock|community) that",
    "reassure (\\S+ ){0,3}that (our|the|this|my) (\\S+ ){0,2}(deputy|deputies|officer|department|police|office|force|"
    "agency|chief|sheriff)",
    "stand (with|beside) (i|me) at", "speak for (we|the department|the police)",
    # "A statement from Mount Zion that the Sheriff's Office is acting in good faith"; "a joint statement of support
    # for the officers"
    "statement (\\S+ ){0,4}that (the|our|this) (\\S+ ){0,3}(office|department|police|force|agency|sheriff|officer|"
    "deputy|deputies) (be|have)", "statement of support for (the|our)",
    "show (the community|the public|people|everyone) (that )?we (be|stand) united", "defend (we|the officer)",
    "say something positive", "support the (department|police|officer) publicly",
    # partners at the podium so the public sees them back the police
    "stand (with|beside|next to|alongside|behind) (\\S+ ){0,4}at (\\S+ ){0,3}(press conference|news conference|"
    "podium|briefing|press event)",
    # "let your members know that the department is handling this properly"
    "let (your|their) (people|member|congregation) know (that )?(the department|we) (be )?(handle|take care)",
    # "let families know at Friday prayers that we are doing everything right"
    "let (\\S+ ){1,2}know (\\S+ ){0,4}that (we|the department|the police|this department|our \\S+) (be |have )?"
    "(do everything|handle|take care|do (a good|the right|our best|all we can))",
    "(you|the \\S+|your \\S+) (could|would|can|might) (put out|issue|release|make|post) a statement",
    # "a joint statement from your organisations expressing confidence in the process and support for our officers",
    # "a public expression of the Council's confidence in its incoming administration", "sign a letter of support
    # for my administration", "hear from trusted voices such as yours that the process is in capable hands"
    "statement (\\S+ ){0,4}express (\\S+ ){0,2}(confidence|support)", "expression of (\\S+ ){0,4}(confidence|support)",
    "letter of support", "hear from (\\S+ ){0,2}(trusted|respected|familiar) voice",
    # "maybe remind people of all the good things we've done together", "relay the Department's assurances to their
    # constituencies and encourage residents ... to comply promptly with officers' instructions", "put the word out
    # that folks should hold off until the facts are in"
    "remind (\\S+ ){0,2}of (all )?the good (thing|work)", "relay (\\S+ ){0,3}assurance",
    "(encourage|urge|ask|remind) (\\S+ ){0,6}to comply",
    "put (the )?word out (that )?(\\S+ ){0,3}(should )?(hold off|wait|calm|stay calm|hold fire)",
    # partners thanked as the police's supporters: "we thank our partners ... for their continued support of the
    # officers in our schools"
    "thank (\\S+ ){0,12}for (their|your) (\\S+ )?support (of|for) (the|our|its) (\\S+ )?"
    "(officer|deputy|deputies|department|police|agency|office)",
    # "asked to give public endorsement of the division's approach", "put their names to a letter backing the
    # plan", "let people know we're alright really"
    "public endorsement", "(letter|statement) back (the|our|my) (plan|department|force|approach|officer)",
    "let (people|folk|everyone|everybody|your (\\S+ )?(people|member|congregation)) know (that )?we be (alright|"
    "all right|ok|okay|good|on (their|your) side)",
    # "help us get the word out that the men and women of this department are good people", "let them know most of
    # the men and women in blue out here are decent", "say a word from the pulpit this Sunday that the police are
    # here to help"
    "get the word out that", "let (they|people|folk|everyone|everybody|your \\S+) know (that )?(\\S+ ){0,9}be (good "
    "people|decent|here to help|on (their|your) side)",
    "word from the pulpit (\\S+ ){0,3}that",
    # "let your members know that our officers did everything they could", "a quiet way to let people know that the
    # officers on Mesa Road were trying to bring her home"
    "let (people|folk|everyone|everybody|(your|their) (\\S+ )?(people|member|congregation|parishioner|follower|"
    "community)) know (that )?(\\S+ ){0,5}(officer|deputy|deputies|trooper|team|we) (\\S+ ){0,4}(do everything|"
    "do all|do what|try to|do (their|our|his|her) (best|job))",
    # "gently steer your members back toward what has been confirmed"
    "steer (your|their) (member|people|congregation|parishioner|follower|community)",
    # "if VLAC could say publicly that the force is taking this seriously, and perhaps hold off on calling for a ban"
    "(?<!i )(?<!we )(could|would|can|might) (\\S+ )?(say|state|confirm|tell \\S+|tell \\S+ \\S+) (publicly )?(that )?"
    "(the (force|department|police|service|constabulary|agency|office)|we) (be |have )?(take|handle|do|act)",
    "hold off (on )?(call|campaign|criticis\\S*|criticiz\\S*|protest|comment)",
    # "remind folks that Fairbridge PD has always been a friend to this gurdwara"
    "remind (\\S+ ){0,2}(that )?(the department|the police|the force|\\S+ pd|we|our officer) (\\S+ ){0,2}(have )?"
    "(always )?be (a |your |their )?(friend|partner|on (your|their) side)")

# --- transparency -------------------------------------------------------------------------------
RELEASE = W("release", "publish", "make public", "be public", "go public", "post", "share", "show", "make available",
            # "the video goes to the family first and to the public by Sunday"
            r"go(?: \S+){0,6} to the public",
            "provide", "put (it|that footage|the footage|the video|that video) (online|out)",
            "go (up )?(on|online)", "online", "on (the|our) (city |department |precinct )?(website|site|web page)",
            # "you'll read the whole report in the Sentinel within a week"
            "read (the |it |the whole |the full )?(\\S+ )?(report|finding|result|review|audit)",
            # sent to a partner: "you will have every new case number the audit finds each Friday by noon"
            "(you|your (\\S+ )?(office|staff|team|lawyer|attorney)) (will )?(have|get|receive) "
            "(every|each|all|the|a|our|whatever|any) "
            "(\\S+ ){0,4}(number|list|report|file|record|summary|finding|result)",
            # "the video comes out Friday at noon"
            "(video|footage|recording|report|audio) (will )?come out",
            # "the auditor's report comes March 15"; "our rule will be out in English, Spanish and Mixtec by Feb 3"
            "(report|audit|finding|result|summary) (will )?come(?= (on |by |in |out )?(\\S+ )?\\d)",
            "(policy|rule|report|summary|finding) (\\S+ ){0,16}(will )?be out(?! of)",
            # "a report of our stops", not a call: "deputies responded to a report of a man with a gun"
            # ("in reference to a report of an armed subject", "dispatched to a report of")
            "(?<! to )(?<!receive )(?<!get )(?<!follow )(?<!after )a report of", "a (public|published|written) report",
            # "our review of spit hood use on under-18s will report within three weeks"
            "will report (back )?(within|by|before|in|on|at)",
            # "I will report what it finds on Wednesday at noon"; "our review reports Wednesday at noon"
            "report (back )?what (it|they|the \\S+) find", "(review|audit|inquiry) (will )?report(?= (on |by |at |in )?"
            "(\\S+ )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d))",
            # "the family sees the video at 10 a.m.; the public sees it at 5 p.m."; "you will have a written report
            # from me on the first of every month"; "I'll tell you what's on them by Thursday"
            "(the public|everyone|anyone) (will |can |get to )?(see|watch)",
            "(you|council|the public|everyone) will (have|get|receive) (a|the|our|my) (\\S+ ){0,2}(report|update|"
            "account|summary)", "tell you what (be|'s) (on|in)")
RELEASE_OBJECT = W("video", "footage", "body camera", "bodycam", "body - worn", "camera", "recording",
                   "name", "911 call", "audio", "report", "finding", "evidence", "timeline",
                   # before an incident: the agency's own record, published on a schedule
                   "data", "figure", "number", "statistic", "stop", "arrest", "use of force", "complaint",
                   "result", "progress", "detail",
                   # "the review summary is on our website from today", "we will publish the review by June 1"
                   "summary", "review",
                   # "by February 3 we will publish our no-status policy in four languages"
                   "policy", "policies", "rule", "protocol", "audit")
NEXT_UPDATE = W("update", "brief", "briefing", "press conference", "news conference", "next statement",
                "(further|far) information", "more information", "inform you", "keep you inform", "report back",
                "return", "speak again", "be back", "here again", "again at", "hear from (us|me) (again|next)",
                "next (statement|briefing|update)", "(post|publish|report|speak|brief) again",
                "again (tomorrow|tonight|on|next|this)",
                # "We'll have more for you tomorrow at noon."
                "have more (for you|to say|to tell)", "say more", "tell you more",
                # "I will write to you every Friday", "I'll drop you a note every Friday"
                "write (to )?(you|each of you|all of you) (again|every|each|weekly)",
                "(drop|send) (you )?(a )?(note|letter|line)",
                # "Captain Greer will come back to the council's meeting on May 13" (a return on a clock, like "a
                # monthly open meeting", is how the community hears back); "Capt. back at council mtg Tue
                # May 13 w/ answers"; "Next: Mon noon."
                "come back",
                "back (at|to) (the |a |your |their |our )?(\\S+ ){0,2}(meeting|mtg)",
                "back with (\\S+ )?(answer|update|news)", "^next :",
                # "On 14 May at 7 p.m. ... I will answer your questions about it" (on a date, as _dated_update asks;
                # the writer's own answers, not "the people who should be answering questions today")
                "(i|we) (will |shall |would |can |be go to )?(be )?(\\S+ )?answer (\\S+ ){0,3}question")
CLOCK = re.compile(
    r"(?i)\b((within|inside)\s+((about|roughly|around|some)\s+)?\w+\s+(hours?|days?|weeks?)|"
    r"in\s+\w+\s+(hours?|days?|weeks?)|\d+\s*(hours?|days?|weeks?)|"
    r"(forty|seventy|twenty|thirty)[\s-]\w+\s+(hours?|days?)|(one|two|three|four|five|six|seven|ten|fourteen|"
    r"thirty|sixty)\s+(hours?|days?|weeks?)|by\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"tomorrow|tonight|the end of)|at\s+\d{1,2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?|o'clock)|\d{1,2}(:\d{2})?\s*"
    r"(a\.?m\.?|p\.?m\.?)|tomorrow|tonight|this (morning|afternoon|evening|week)|next (week|monday|tuesday|"
    r"wednesday|thursday|friday)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(january|february|march|april|june|july|august|september|october|november|december)\s+\d{1,2}|daily|"
    r"every day|each day|weekly|monthly|quarterly|every (morning|evening|week|two weeks|month)|today|at noon|"
    r"at midday|this month|next month|within a (month|week|year)|every (quarter|year|\w+ (days|weeks|months))|"
    r"(by|on|from) (day|week) \d+|(day|week) \d+(?=:)|annually|yearly|twice a (year|month)|"
    # "on 31 July", "by mid-July", "on the first Monday of each month"
    r"\d{1,2}(st|nd|rd|th)?\s+(january|february|march|april|june|july|august|september|october|november|december)|"
    r"(early|mid|late)[\s-]?(january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"(each|every) (week|month|quarter|year)|"
    # "by May 7" (the month written with its capital, not the verb "may"), "the first week of May"
    r"(?-i:May)\s+\d{1,2}|\d{1,2}(st|nd|rd|th)?\s+(?-i:May)|"
    r"(first|second|third|fourth|last) (week|weekend|days?) of (january|february|march|april|may|june|july|august|"
    r"september|october|november|december))\b"
)
CONTACT = re.compile(
    # (British and Australian numbers as well: "01632 960410", "07700 900182", "(08) 9555 0123", "1800 555 000".)
    r"(?i)(\b\d{3}[-.\s]\d{3,4}([-.\s]\d{4})?\b|\b0\d{3,4}\s\d{6,7}\b|\(0\d\)\s?\d{4}\s?\d{4}\b|"
    r"\b1[38]00\s?\d{3}\s?\d{3}\b|\S+@\S+\.\w+|\bwww\.|https?://|\.gov\b|\.org\b|\bwebsite\b|"
    # (Reached "by phone", not "offered an interpreter by phone".)
    r"\bhotline\b|\bphone number\b|\b(?:us|me) by phone\b|\bcall us\b|\binformation line\b|\bline:|\btip line\b|"
    r"\bemail\b|\be-mail\b|\bliaison\b|\bour (page|site)\b|"
    r"\bour social media\b|\bpublic information officer\b|\bpio\b|"
    r"(?<!\bin )\bcontact\b(?! with\b| occurred\b| between\b| was made\b)|\btown hall\b|"
    r"\bcommunity meeting\b|"
    r"\blistening session\b|\bpress conference\b)"
)
#: Promises of openness without a when or a how: partly met.
OPENNESS_PROMISE = W("transparent", "transparency", "update", "share more", "more information", "(further|far) information",
                     "keep (you|the public|the community|resident|everyone) inform", "keep (you|the public) update",
                     "answer (your|their|the community 's) question", "be open", "openly",
                     "release (more|further|far|additional)",
                     "every step of the way", "get to the bottom")
OPEN_DELAY = W(
    "at the appropriate time", "at an appropriate time", "when appropriate", "in due course", "in due time",
    "when (resource|time|funding|the budget|budget) (allow|permit)",
    # "we will share information when the investigation permits"
    "(when|as|once) (the |our |its )?(investigation|process|review|inquiry|case) (allow|permit)",
    "when the investigation be complete", "when the investigation conclude", "once the investigation be complete",
    "once the investigation conclude", "after the investigation be complete", "after the investigation conclude",
    "until the investigation be complete", "until the investigation conclude", "at a later date",
    # "at some point in the second month" is bounded
    "at some point(?! (in|by|before|during|this|next|early|late) )",
    "when we can", "when possible", "as soon as possible", "in the future", "eventually", "as soon as practicable",
    "as soon as feasible",
    "when there be (something|anything|more) (new |more )?to (update|report|share|say|tell)",
    # "once the District Attorney's review and all disciplinary proceedings have concluded", "once the pending claim
    # and the internal processes are complete"
    "(once|when|after|until) (\\S+ ){0,8}(investigation|review|inquiry|proceeding|process|case|claim|trial|"
    "prosecution|lawsuit|litigation|inquest|appeal|report|work) (be |have |have be )?(complete|finish|conclude|over|"
    "close|end|resolve|settle)",
    # "we will say more once the full picture is clear", "when the court's done its work"
    # ("until the facts are in" withholds a judgement, not information: left out.)
    "(once|when|until) the (full |whole |complete )?picture (be |become )?(clear|know|in|available)",
    # "updated once the review of rural crime demand has concluded"; "at the end of our analysis of rural crime
    # trends"; "as circumstances permit"
    "(once|when|after|until) the (\\S+ ){0,2}(investigation|review|inquiry|analysis|assessment|study|audit) of "
    "(\\S+ ){1,5}(be |have |have be )?(complete|finish|conclude|over|close|end)",
    "at the end of (the|our|its|their) (\\S+ ){0,2}(investigation|review|inquiry|analysis|assessment|study|audit)",
    "(as|when|if) circumstance (permit|allow)",
    "(once|when|after|until) (\\S+ ){1,4}(have |be )?do (its|their) work",
    # "once the reviewers have crossed every t and dotted every i, and not a day before"
    "(once|when|after|until) (\\S+ ){1,4}(have |be )?(cross|dot) (every|each|all the|all) (t|i)\\b",
    # "We'll have more for you once DCI wraps up": an investigator's work finishing, with no date.
    "(once|when|after|until) (\\S+ ){1,4}(wrap up|finish|conclude|complete) (its|their) (work|investigation|review)",
    # "hold everything else, footage included, until the Attorney General is finished"
    "(until|when|once) (\\S+ ){1,4}be (finish|done|through)(?! with)",
    # "the review will take the time it takes"; "we will speak again once it has run its course"
    "take (the|whatever) time it take", "(once|when|after|until) (\\S+ ){0,8}run (its|their) (full )?course",
    # "until that's all played out", "until the Coroner's finished"
    "(once|when|after|until) (\\S+ ){0,4}(play|played) out",
    "(until|when|once) (\\S+ ){1,4}'s (finish|finished|do|done|through)(?! with)",
    # "once every review has run its course"
    "(once|when|after|until) (\\S+ ){0,8}(investigation|review|inquiry|proceeding|process|case) (have )?run "
    "(its|their) course",
    # "once the Sheriff's Office has finished looking at its deputy's actions"
    "(once|when|after|until) (\\S+ ){1,6}(have |be )?(finish|complete|conclude) (look|review|examin|investigat)\\S*",
    "(once|until) (\\S+ ){1,6}wrap up",
    # "we'll have more to say when the County Attorney finishes", "once all the looking-into is done and settled"
    "(once|when|after|until) (the |our |its |all )?(\\S+ ){0,3}(finish|conclude|wrap up)(?= \\.| ,| ;| and)",
    "(until|when|once) (\\S+ ){1,6}be (do|settle)(?= \\.| ,| ;| and)", "upon (the )?conclusion of",
    "(once|when|after|until) the ... (investigation|review|inquiry|case|process|probe) (be |have )?"
    "(complete|finish|over|do|conclude|close|end|wrap up|establish|determine)",
    "(once|when|after|until) ... (investigation|review|inquiry|probe) (be )?(complete|finish|conclude)",
    "(once|when|after|until) (it|this|that) (be|have) (complete|finish|conclude|over|close)",
    "at the conclusion of", "upon (the )?completion", "on completion",
    # "We'll let you know when there's something we're able to share", "when there's news", "once they've finished
    # up and the dust has settled"
    "when there be (something|anything|more) (\\S+ ){1,4}(able to|can) (update|report|share|say|tell)",
    "when there be (any )?news", "(once|when|after|until) (\\S+ ){0,6}the dust (have |be )?settle",
    "(once|when|after|until) (\\S+ ){0,3}(finish|wrap) up(?= \\.| ,| ;| and)",
    # the agency's own work as the clock: "we will report on it when the rollout is complete"
    "(once|when|after|until) the (\\S+ ){0,3}(rollout|roll - out|implementation|upgrade|transition|project|overhaul|"
    "reform|system|change) (be |have be )?(complete|finish|conclude|over|in place|do|fully implement)",
    "(until|once|when|after) (it|this|that) (be )?(complete|over|finish|conclude|do)",
    "(until|once|when|after) (it|this|that|they) (be|have be) (finalize|finalise|final|ready|settle|approve)",
    # Information held until the agency feels able, or until others decide: "when we are able to", "when it is
    # appropriate", "as the remaining proceedings allow", "once the Attorney General makes a decision".
    "when we be able", "when it be appropriate", "when the time be (right|appropriate|ready)",
    "as (the )?(\\S+ )?(proceeding|process|investigation|review|case) allow",
    "(once|when|after|until) (all )?(\\S+ ){0,3}proceeding (have |be )?(conclude|complete|finish|end|over|close)",
    "(once|when|after|until) the ... (make|reach|issue|announce|hand down) (a|an|its|their|his|her) (\\S+ )?"
    "(decision|determination|ruling)",
    # "as appropriate" of information, not of changes ("we will review our training as appropriate").
    "(information|update|detail|more) (\\S+ ){0,4}as appropriate", "(inform|post|update) as appropriate",
    # "I'll share what's appropriate when the time is right", "share its figures with the community when the time
    # is right" (not "meet families when the family says the time is right": that waits on them, for their sake)
    r"(share|release|publish|provide|discuss|say|tell)(?: \S+){0,14} when the time be right",
    # Waits in plain talk: "once things settle down", "once the dust settles", "when things calm down" (not "if
    # something difficult happens down the road", which is no wait).
    "(once|when|after|until) (thing|everything|it|the dust|the situation|matter) (have )?(settle|calm|quiet|"
    "die)( down)?",
)
#: A past matter closed to the community: refused when negated ("I do not intend to reopen it", "we will not be
#: discussing the matter") or when reopening is cast as harm ("reopening them would only create anxiety", "we gain
#: more by looking forward than by reopening it"). A bare "I will not discuss it" is left out: after "someone has
#: posted his old record" it keeps a person's past out, which is respect.
REOPEN = W("reopen", "revisit", "relitigate", "rehash", "dredge up", "dwell on",
           "(discuss|go over) (the|that|this|our|its) (\\S+ )?(matter|case|complaint|question|issue|arrangement|"
           "search|incident|agreement|decision|review|finding)")
#: A past matter declared finished, now: "that matter was fully investigated and is closed", "the case is settled",
#: "the matter is resolved", "that chapter is closed".
#: Not a complaint "closed under the procedures of the time" or one that "can be closed only by the Inspector
#: General": those tell how, not that the door is shut.
MATTER_CLOSED = W("(matter|case|chapter|issue) ...(?<! can)(?<! may)(?<! must)(?<! should)(?<! could)"
                  " be (now |fully |long |already )?(close|closed|settle|resolve|resolved|put to rest)"
                  "(?= \\.| ,| and| ;)",
                  "close for good", "close the book",
                  # "as for 2024, it's ancient history"
                  "(be|'s) ancient history",
                  # "Torringham is ready to turn the page; there's nothing left to chew over"
                  "(ready|time) to turn the page",
                  "nothing (leave|left|more|else) to (chew over|chew on|discuss|talk about|go over|look into|dig into)",
                  # "the 2016 settlement resolved those matters"
                  "(settlement|agreement|lawsuit|payment|payout) (\\S+ ){0,2}(resolve|settle|close|end) (those|these|"
                  "the|that|this|all|any) (\\S+ )?(matter|issue|concern|complaint|claim)",
                  # "the department considers this matter closed"
                  "consider (this|the|that) (matter|case|issue|chapter) (closed?|settled?|resolved?)",
                  # "it was a misunderstanding and I consider it closed"; "the Department regards those matters as
                  # concluded"
                  "(consider|regard|deem|treat) (it|this|that|them|those|these) (\\S+ )?(as )?(close|closed|settle|"
                  "settled|conclude|concluded|resolve|resolved|finish|finished|over)",
                  "(consider|regard|deem|treat) (\\S+ ){0,3}(matter|case|issue|complaint)s? as (close|closed|settle|"
                  "settled|conclude|concluded|resolve|resolved|finish|finished|over)")
#: A past wrong put behind, not owned: "as for Ms. Hines, that matter is behind us now"; "let's put that behind us"
#: ("I hope we can put that behind us" only wishes it.)
PUT_BEHIND = W("(?<!hope )(?<!hope we can )(?<!hope to )(matter|case|chapter|issue|that|this|it) be (now |all |long )?"
               "behind (us|we)",
               "(?<!hope we can )(?<!hope to )(?<!hope you can )put (it|that|this|the matter|the case|all that) "
               "behind (us|we)")
REOPEN_HARMFUL = W("reopen ... would (only|just)", "than (by )?(reopen|revisit|look back|dwell)",
                   "no (value|point|use|purpose) in (reopen|revisit|rehash)", "not see (any |the )?(value|point) in",
                   # "no sense digging that back up"
                   "no (sense|point|use|need) (in )?(dig|drag|bring|stir|rake) (\\S+ )?(it |that |this |them )?"
                   "(back )?up")
REFUSE_RELEASE = W("not release", "not be release", "not make public", "withhold the video", "not share the video",
                   # "as a personnel matter, its details are confidential"
                   "(detail|finding|report|record|outcome) (\\S+ ){0,3}be confidential",
                   "no plan to release")

# --- officers ---------------------------------------------------------------------------------------
ACCOUNTABILITY = W(
    "accountable", "accountability", "responsible", "responsibility", "answer to", "answerable", "hold ourselves",
    "owe (the public|you|the community|them|the family)", "straight answer", "the whole truth",
    "hold (every|each|any|all) officer", "cooperate", "full cooperation", "transparent", "transparency",
    "scrutiny", "consequence",
    # Accountability in other words: findings accepted, the investigators given what they ask for.
    "accept (the|those|these|its|their|that|this|every|any) (\\S+ )?(finding|conclusion|outcome|result)",
    "give (them|they|the investigator|investigator|the \\S+) everything",
    "everything (they|investigator|the \\S+) ask for",
    # "the people of this county are owed that, and so is the deputy"
    "be owe (that|this|it|an answer|answer|the truth|a full account)",
    "full access", "disciplinary process", "answer for (it|this|that|what|his|her|their)",
    # "whatever they find is what we'll answer for"; "we will not shield him from what they find"; "hold the
    # department, and me, to account"; "they, not we, will judge"
    "(will|shall) answer for", "not shield (\\S+ ){0,3}from", "hold (\\S+ ){0,6}to account",
    ", not (we|us) , (will )?(judge|decide)",
    # "the Oregon State Police are doing the looking, not us"
    "(investigate|look|looking|review|decide|judge|investigation) ((that|it|this) )?, not (we|us)\\b",
    # "That's on command, on me, not on you"
    "(that|this|it) be on (command|leadership|management|the command staff)\\b",
    # the judgement left to the outside body: "whether he acted within policy is for them to decide, not for me";
    # "those are questions for the Oregon State Police"
    "be for (they|them|the (\\S+ ){0,4}(police|investigator|prosecutor|attorney|court|jury|board|commission|bureau)) "
    "to (decide|judge|determine|rule)",
    "be question for the (\\S+ ){0,4}(police|investigator|prosecutor|attorney|court|jury|board|commission|bureau)",
    # "every complaint gets a real look and a real answer", "complaints will be investigated fairly and answered"
    "complaint (\\S+ ){0,8}(be )?(investigate|answer)",
    "refer (\\S+ ){0,3}to the (disciplinary \\S+|district attorney|prosecutor|da|internal affair)",
    # the case handed to an outside body: "we referred this to the Independent Police Standards Office", "after our
    # referral at 11.30"
    "refer (this|it|the matter|the case|the incident|ourselves|itself|the force|the department|the service) (\\S+ )?"
    "to", "(our|the force 's|the mandatory|a mandatory|the department 's|the service 's) (self - )?referral",
    # The agency's own handling put before an outside body ("I've referred our handling of her report to SIRT").
    "refer (our|its|the service 's|the department 's|the force 's|the agency 's) (\\S+ ){0,2}(handling|conduct|"
    "response|action|decision)",
)
OFFICER_RIGHTS = W(
    "due process", "due - process", "fair process", "fair investigation", "fairly", "fair",
    "(his|her|their|officer 's|officers ') right",
    "right of the officer", "presume", "presumption",
    # "with full rights for both officers"; "I am not naming him, and I am not firing him without the appeal ..."
    "full right", "right for (both|the|our|each|all|every) (\\S+ )?(officer|deputy|detective|trooper|member)",
    "not (be )?name (he|she|they|him|her|them)\\b",
    "not (\\S+ ){0,2}(fire|dismiss|discipline|punish|sanction) (\\S+ ){0,3}without (\\S+ ){0,3}"
    "(appeal|hearing|process)",
    # "dismissed after a hearing and may appeal", "with the right to appeal to arbitration"
    "right to (appeal|a hearing|arbitration|representation|a fair)", "right of appeal", "(may|can|be able to) appeal",
    "(neither|no) (officer 's )?name (\\S+ ){0,3}(will )?(be )?(release|publish|make public)",
    "not (release|publish|share|name) (the|his|her|their) officer 's name",
    "not (release|publish|share|name) (his|her|their) name", "name (will|be) (be )?(withhold|withheld)",
    "withhold (his|her|their|the officer 's) name", "not name the officer", "will not name",
    # "no names from 2021 will be discussed publicly"; "union briefed"
    "no name (\\S+ ){0,3}(will )?(be )?(discuss|release|publish|share|make public)",
    "(union|association|lodge) (have |have be |be )?(brief|consult|tell|inform)",
    # "it doesn't single out or judge any officer", "not about judging any of you or naming anyone from that night"
    "not (\\S+ ){0,2}(judge|name|single out|blame)( or (judge|name|single out|blame))? (any|anyone|anybody)",
    "protect (his|her|their|the officer)",
    "union representation", "representation", "legal counsel", "lawyer", "attorney", "not prejudge", "prejudge",
    # "he's got his rep beside him the whole way", "nobody in this building says his name to a reporter", "Curt gets
    # his day in court like anybody"
    "(his|her|their|union|association) (union )?rep", "(his|her|their) day in court",
    # "any discipline will follow an Internal Affairs investigation and a hearing"; "IA hearing before any discipline"
    "(discipline|sanction|punishment) (\\S+ ){0,6}(after|follow) (\\S+ ){0,7}hearing",
    "hearing before (any |a )?(discipline|decision|sanction|punishment)",
    "(nobody|no one) (\\S+ ){0,4}say (his|her|their) name",
    "not (rush|jump) to", "before the fact", "until the fact", "name or blame", "blame or name",
    "(nobody|no one) ... (be )?(name|blame|judge|condemn|pronounce on)",
    # "no one here is clearing the officers or condemning them in advance"
    "(nobody|no one) (\\S+ ){0,8}(condemn|prejudge)", "(condemn|judge|blame) (\\S+ ){0,3}in advance",
    # "they keep every right they have"
    "(keep|have|retain) (every|all (of )?(his|her|their)) right",
    "before ... (finish|complete|conclude) (their|its|the) work",
    # A status that is said not to judge him: "his leave is standard and is not discipline", "that isn't a finding".
    "be (not|n't) (a |any )?(finding|judgement|judgment|punishment|discipline|disciplinary action)",
    # "both are entitled to that process"; "any discipline will be decided through that process, not before"; "no
    # decision on discipline will be made before it ends"
    "entitle to (\\S+ ){0,2}(process|hearing|investigation|representation)",
    "(discipline|sanction|punishment) (\\S+ ){0,3}(decide|determine|settle) (only )?(through|by|after|at the end of|"
    "in) (\\S+ ){0,3}(process|hearing|investigation|review)",
    "no decision (on|about) (\\S+ ){0,2}(discipline|sanction|punishment) (\\S+ ){0,4}before",
    # "I will not announce discipline before that process has run"; "we will not judge his actions, either way,
    # before that review"
    "not (announce|decide|impose|hand out|order) (any )?(discipline|sanction|punishment) (\\S+ ){0,2}before",
    "not (pre)?judge (\\S+ ){0,8}before",
    # a charged officer's guilt left to the court: "he has pleaded not guilty; a court will decide", "his guilt is for
    # the court", "the charges are allegations until a court decides them", "we will not judge him", "he has the same
    # rights as any officer"
    "(guilty|guilt|charge|allegation)s? (\\S+ ){0,6}(court|jury) (will )?(decide|determine|rule)",
    "(court|jury) (will )?(decide|determine|rule on) (his|her|their|the) (guilt|charge|case)",
    "(guilt|innocence) (be )?(for|up to|a matter for) (the|a) (court|jury)", "(that|it) be for the (court|jury)",
    "not (pre)?judge (he|she|they)(?= (,|;|\\.|and|either|before|until))", "same right as (any|every|other|all)",
)
#: Sanctions a finding of wrongdoing does not decide: the dismissal is the hearing's, a sentence the court's.
DECIDED_SANCTION = re.compile(r"(?i)fire|terminat|punish|badge|uniform|dismiss|sack|\bgone\b|out of (this|the|our) "
                              r"department|off (this|the|our) (force|department|agency)|day.{0,5} numbered|"
                              r"never (serve|work|wear|patrol|carry)|not (work|serve)|"
                              r"prison|jail|serve (time|a)|behind bar")
#: A sanction told as already done to the officers ("both officers were fired", "he has been dismissed").
SANCTION_DONE = W("(officer|deputy|deputies|constable|trooper|he|she|they|both|two|three) (have |has )?(since )?be "
                  "(fire|sack|terminate|dismiss)(?! at| on| upon| from a| into| toward)")
CONDEMN = W(
    "will be fire", "will be terminate", "will be punish", "will be sack", "will be dismiss", "should be sack",
    # "I will see to it that he is fired for this"
    "(see to it|make sure|ensure) that (he|she|they|the \\S+) (be|get) (fire|terminate|sack|dismiss|punish|charge)",
    # "I will make sure Officer Kyle Brandt, who broke Mr. Khalaf's collarbone, is disciplined"
    "(see to it|make sure|ensure) (that )?(\\S+ ){1,12}(be|get) (fire|terminate|sack|dismiss|punish|charge|discipline)",
    "will be charge", "will be discipline",
    "will face discipline", "will be prosecute", "will face charge",
    "should be fire", "should be charge", "should be jail", "murder", "murderer", "criminal officer", "rogue officer",
    "bad apple", "(?<!not - )guilty", "disgrace", "will pay(?! for)", "make an example",
    "no place in (this|our|the) department",
    "no place in (this|our) (force|agency)", "will not defend", "can not defend", "indefensible", "inexcusable",
    "unjustifiable", "will be hold (fully |personally |entirely )?(responsible|accountable)", "will be hold to account",
    # the verdict before the review: "a man checking his own yard should never have been shot"
    "should never have be (shoot|kill|tase|taze|hurt|injure|hit|strike|beat|tackle)",
    # ("no longer wear": the lemmas say "no long")
    "(not|no long) (be )?wear (this|the|that|his|her|a|our) badge",
    "not (be )?wear (this|the|that|his|her|a|our) uniform "
    "(\\S+ ){0,3}again", "unforgivable", "will answer for (it|this|that|what)",
    "recommend ... (be )?charge", "never (serve|work|wear|patrol|carry) ... again", "never serve another",
    "will not tolerate this", "not bother to", "(his|her|their) day be number", "will be go (by|soon|before)",
    "will be out of (this|the|our) department", "be finish (in|at) (this|our|the) (office|department|agency|force)",
    "until (he|she|they) (be|is|are) go", "go from (this|the|our) (department|force|agency)",
    # "there is no way to justify that"; "no way to watch it and call this a justified shooting"
    "no way to (justify|defend|excuse)", "no way to (\\S+ ){0,6}call (this|it|that) (a |an )?(justified|justifiable|"
    "lawful|reasonable)",
    # "after watching that video I can tell you he will not be coming back to this office"
    "not be come back to (this|the|our) (office|department|force|agency|job|badge)",
    # "He will not work for this department again"; "I expect him to be prosecuted and to serve time"
    "not (work|serve) (for|in|at) ... again", "(will|to) (go|be send) to (prison|jail)", "(will|to) serve time",
    "(will|to) serve a (\\S+ )?(sentence|prison|jail)", "will (be|end up) behind bar",
    # "he is going to prison for what he did. I have already fired him."
    "be go to (prison|jail)", "already (fire|dismiss|terminate|sack)",
    # "he will be off this force"
    "be off (this|the|our) (force|department|agency)",
    # "if the audit points to anyone still on this force, I will fire them"
    "(i|we) (will|shall) (personally )?(fire|terminate|dismiss|sack) (he|she|they|the (officer|deputy|deputies|"
    "detective|sergeant|trooper|constable)|officer \\S+|(any|every) (officer|deputy|detective|one|member))",
)
#: Wrongdoing words that, denied, clear the officer ("we do not believe he did anything wrong").
WRONGDOING_DENIED = W(
    "do anything wrong", "do something wrong", "do anything improper", "act improperly", "act inappropriately",
    "break any (rule|policy|law)", "violate any (rule|policy|law)", "use excessive force", "use too much force",
    "excessive", "at fault", "misconduct",
)
#: Treating a question already settled as open ("it would be premature to draw conclusions").
PREMATURE = W("premature", "too early to", "too soon to", "draw (any )?conclusion", "reach (any )?conclusion",
              "jump to (any )?conclusion", "prejudge", "wait for the fact", "let the (investigation|review|process) "
              "(run|play out|take)",
              # "Questions have been raised regarding response times": what the record shows, as others' doubts
              "question (have |have be |be )raise (about|regard|regarding|concern|concerning|over|as to)")
#: Minimising a finding of wrongdoing: calling it an allegation or a concern.
MINIMISE = W(# first, so that "one bad night" does not take the words: "one bad night doesn't erase eleven years"
             "((one|a single|a) (\\S+ )?)?(night|day|moment|mistake|decision|incident|act|man|men|officer|detective) "
             "(\\S+ ){0,2}(not|never) (\\S+ ){0,2}(erase|undo|outweigh|cancel out|wipe out)",
             "procedural (issue|error|matter|lapse|violation|problem)", "technical (issue|violation|error)",
             "minor (violation|issue|lapse|mistake|infraction)", "honest mistake",
             # (not "investigators sustained allegations that ...", "the allegations were sustained": found true)
             "(?<!sustain )allegation(?! (\\S+ ){0,4}be sustain)", "alleged",
             "allegedly", "raise concern", "concern about the officer", "perceive",
             "appear to have", "may have violate", "possible violation", "potential violation",
             # An established finding hedged: "with the benefit of hindsight, the force may have exceeded ..."
             "(benefit of|in|with) (\\S+ ){0,2}hindsight", "hindsight be",
             "be a (tragic|terrible|unfortunate|horrible) accident",
             "(may|might|could) have (exceed|go beyond|overstep|cross|be excessive)",
             "ultimately necessary", "slow - motion",
             # "reasonable people can see that decision differently"; "a young officer put in a very difficult
             # position by a driver who would not stop, and the community needs to understand that"
             "reasonable people (can|may|could|might|will) (see|view|judge|disagree|differ)",
             # "reasonable people can watch the same footage and come away with different impressions"
             "reasonable people (can|may|could|might|will) (\\S+ ){1,8}(differ|different|disagree)",
             "(put|place) in (a|an) (\\S+ ){0,2}(difficult|impossible|tough|dangerous|untenable) "
             "(position|situation|spot)",
             "(community|public|people) need to understand",
             # a finding renamed: "the review identified certain deviations from department procedures"
             "deviation from (\\S+ ){0,2}(policy|policies|procedure|procedures|protocol|protocols|standard|rule)",
             # "an unfortunate outcome in a fast-moving situation, and the report issue was a paperwork oversight"
             "(paperwork|clerical|administrative) (oversight|error|issue|mistake|problem|matter|slip|question|glitch)",
             "unfortunate (outcome|result|situation|event|incident)",
             # the conduct excused by its moment: "it was a difficult situation, and our officers had to make quick
             # decisions in a tense moment"
             "(difficult|tough|tense|chaotic|complex|dynamic) (situation|moment|circumstance|environment|condition)",
             "(make|making) (quick|fast|rapid|snap) (decision|call|judgment|judgement)",
             "(fast|rapidly|quickly) (- )?(move|moving|evolve|evolving|unfold|unfolding|develop|developing)",
             # a breach shrunk to a slip that changed nothing: "a momentary lapse in judgment", "a communication
             # hiccup", "it did not affect the outcome"
             "(momentary|brief|minor|single|isolated|one - time|one) lapse", "lapse in judg(e)?ment", "hiccup",
             "glitch", "not (affect|change|alter) the outcome", "nothing (\\S+ ){0,8}(change|affect|alter) the outcome",
             "make no difference to the outcome",
             # a wrong shrunk to a nuisance: "we regret any inconvenience they experienced"
             "(regret|apologi[sz]e for|sorry for) (any|the|this|their) (\\S+ )?inconvenience", "be inconvenience",
             # "one bad moment in four years of otherwise good service, and I don't believe it reflects who he is"
             "(one|a single) (bad|brief|split - second) (moment|day|minute|second|night)", "otherwise (good|exemplary|"
             "excellent|fine|spotless|clean) (service|record|career)",
             "not (\\S+ ){0,3}reflect (who|the kind of) (he|she|they|this officer|this deputy)",
             # the finding fenced off: "an isolated failure by three individuals, and it does not reflect the officers
             # who do this work with care every day"
             "isolated (failure|incident|case|event|mistake|error|breakdown|instance)",
             # the wrong fenced off as one man's: "one bad apple", "a rogue detective", "the vast majority of the men
             # and women of this department serve with integrity", "one bad night doesn't erase eleven years", "we will
             # not let two men define 405", "the process worked exactly as it should"
             "bad apple", "rogue (officer|detective|deputy|cop|trooper|agent|sergeant|constable)",
             "(the )?vast majority of (\\S+ ){0,6}(officer|deputy|deputies|men and women|member|employee|colleague)",
             "not let (\\S+ ){1,3}define",
             "(system|process) (have )?(work|deliver) (exactly |just )?as (it|they) (should|be design)",
             # a false account corrected in soft words: "some details of earlier reports have since been updated",
             # "certain characterizations ... have been clarified", "the Department has refined its account"
             "(detail|account|characteri[sz]ation|description|version) ... ... ... (have|has) (since )?be "
             "(update|refine|clarify|revise|adjust|amend)",
             "refine (its|our|the|this) (\\S+ ){0,2}(account|statement|release|report|version)",
             # the wrong put on another regime: "that was a different administration"
             "be a (different|previous|prior|former|past|other) (administration|sheriff|chief|leadership|regime|era)",
             "opportunit(y|ies) for (\\S+ )?(improvement|enhancement|enhance\\S*|growth|refinement|refine\\S*)",
             # the wrong put on what no one here controls: "caused by a staffing shortage beyond the department's
             # control", "attributable chiefly to resource constraints which the Department inherited"
             "beyond (the|our|its|this) (\\S+ ){0,2}control",
             "(staffing|resource|budget|funding|personnel) (constraint|shortage|pressure|limitation|cut)s? "
             "(\\S+ ){0,3}(the department|we|the office|the agency|this administration) inherit",
             # a breach cut to its wording: "did not align with the letter of our moving-vehicle policy"
             "the letter of (the|our|its|this|that) (\\S+ ){0,3}(policy|rule|law|procedure|guideline)",
             # a wrong anyone might do: "anyone can misread a test", "anybody could have made that call"
             "(anyone|anybody|everyone) (can|could|might) (have )?(\\S+ ){0,2}(mistake|misread|miss|err|slip|misjudge)",
             # the wrong as the usual run of things: "the dismissal followed in the normal course of business once
             # the report was routed through standard channels"; "the safeguards performed their intended function"
             "(normal|ordinary|usual|regular) course of (business|event|thing)",
             "(safeguard|system|process|check|procedure)s? (\\S+ ){0,6}(perform|serve|fulfil|fulfill) (its|their) "
             "(intend |intended |design |designed |proper )?(function|purpose|role)",
             "(system|process|safeguard|check)s? (have )?(work|function|perform) (exactly |just )?as (design|intend)",
             # "an important learning opportunity for the organisation"; "was not conveyed to responding personnel
             # in accordance with best practices"
             "learning opportunit(y|ies)", "fall short of (best|good) practice",
             "(not|n't) (\\S+ ){0,5}in accordance with (best|good) practice", "departure from (\\S+ ){0,2}expectation",
             "the system work(?= \\.)",
             # "it does not reflect on the thousands of officers who serve this city"
             "not (\\S+ ){0,3}reflect (on )?(the|our|all|every) (\\S+ ){0,2}(officer|deputy|deputies|men and women|"
             "member|employee|department|agency|office)",
             # the apology made conditional on how she took it: "I'm sorry if the woman who made it felt that her
             # concerns were not taken seriously"
             "(sorry|apologi[sz]e) if (\\S+ ){0,8}(feel|be offend|be upset|be hurt|take offen[cs]e|perceive)",
             # the wrong done by the rules of its day: "the sergeant handled it under the procedures then in place",
             # "followed the process we had at the time"
             "(follow|under|per|within|accord to) (\\S+ ){0,3}(procedure|process|policy|policies|practice|rule|"
             "protocol)s? (\\S+ ){0,3}(then in place|in place at the time|at the time)",
             # the whole picture held up against the finding: "we should be honest about the whole picture"; "they made
             # the best decisions they could"
             "(honest|fair|clear) about the (whole|full|complete|big|bigger|wider) (picture|story)",
             "make the best (decision|call|choice|judg(e)?ment)s? (they|he|she) (could|can)",
             # the wrong fenced off as one man's in other words: "that was one man's failure, not this division's",
             # "the act of one man"
             # (not "one officer's mistake, and he alone is responsible", the finding's own man named)
             "(one|a single|a lone) (man|person|individual) 's (failure|fault|mistake|wrong|doing|act|crime|lapse)",
             "(failure|fault|act|doing|work|crime) of (one|a single|a lone) (man|person|individual)",
             # the wrong waited out or set aside: "as soon as this blows over", "look forward rather than back", "I want
             # to put this in context", "no one could have foreseen it"
             "blow over", "(look|move|go) forward (,? )?(rather than|instead of|not) (look |dwell |go )?back",
             "(put|place|see|view) (this|it|that|these|those|the \\S+) (\\S+ ){0,2}in (\\S+ )?context",
             "(no one|nobody|no - one) could have (foresee|predict|anticipate|know|see (this|it) come)")
#: A finding shrunk to a part of the conduct: "certain aspects of the officers' response were not consistent with
#: policy" (the negation there is the finding's, not a denial of the shrinking).
PART_OF_FINDING = W("(certain|some) aspect of", "certain element of")
#: Playing down the harm done ("treated for minor injuries", "a minor scuffle").
MINIMISED_HARM = W(
    "minor injury", "minor injuries", "slight injury", "superficial", "non - life - threaten(ing)?", "non - serious",
    # "his injuries are not believed to be life-threatening"
    "not (\\S+ ){0,3}life - threaten(ing)?",
    "not seriously (hurt|injure|harm)", "not serious", "minor (cut|scrape|bruise|abrasion|scratch)",
    "only (a )?(bruise|scrape|scratch|cut|abrasion)", "minimal force", "minor use of force", "minor scuffle",
    "minor altercation", "minor incident", "(mild|slight|some) discomfort", "(be|get|appear) (fine|ok|okay)",
)
#: Severe harm in a scenario's facts, which no answer may play down.
SEVERE_HARM = re.compile(
    r"(?i)fractur|broken|\bbroke\b|surgery|intensive care|critical|\bdied\b|\bdead\b|\bdeath|\bkill|coma|"
    r"paraly|permanent|severe|serious|unconscious|concussion|bleeding|gunshot|\bshot\b")
#: Declining to say whether the officer did wrong (credit before the facts, deflection after them).
DEFLECT = W("not be appropriate (for i |for we )?to (say|comment)",
            # a failure put on one person, the agency's own denied: "that is not a department failure; it is an
            # individual failure"
            "not (a|an|the) (department|departmental|department 's|system|systemic|institutional|agency|office) "
            "(failure|failing|problem|issue)",
            # (not "I will not say whether Constable Dufresne is guilty": the court's question, left to it)
            "(not (say|comment on)|decline to say) whether(?! (\\S+ ){0,5}(guilty|innocent|convict|acquit))",
            "would not be appropriate", "not in a position to say",
            "(will|do) not apologi[sz]e",
            # "I am not going to draw conclusions about the officer's conduct today", after the finding
            "(draw|reach) (any )?conclusion (about|on) (the |our |this |his |her )?(\\S+ )?"
            "(officer|deputy|trooper|deputies|officers) ('s |' )?(conduct|action|actions)",
            # intent argued against a finding: "nobody thinks Kyle went out there to hurt anyone"
            "(go|set) out (there )?(\\S+ ){0,3}to (hurt|harm|injure)",
            "(important to |need to |must )?(remember|consider|keep in mind) the (full |wider )?"
            "(context|circumstance|situation|pressure)",
            # the wrong passed to someone else: "our officer was put in a situation the school created", "this didn't
            # start with our officer", "the responsibility here is shared"
            "be put in (a|an|this|that|an impossible|a difficult) (\\S+ )?(situation|position)",
            "not (start|begin) with (our|the|this|that) (\\S+ )?(officer|deputy|trooper|officers|deputies)",
            "(responsibility|blame) (\\S+ )?be share", "not go look for (this|it|trouble)")
#: Denying an officer due process, whatever the facts.
DENY_PROCESS = W("nothing to hear", "no need for a hearing", "without a hearing", "skip the hearing",
                 # "will be fired on the spot, no hearing needed"
                 # "... will be fired the same day, no hearing"
                 "no (hearing|due process|investigation) (\\S+ )?(need|require)", "fire on the spot",
                 "(fire|dismiss|terminate|sack|suspend) (\\S+ ){0,4}no hearing",
                 "be fire today", "fire (him|her|them) today", "be fire immediately", "fire (him|her|them) immediately",
                 "release (both|their|the officer 's|the officers ') name (this|today|tonight|now)",
                 "not (go to |about to )?wait for (a |the |any )?(\\S+ ){0,3}(hearing|process|commission|board)",
                 # "He will be terminated, and I don't care what the union says about context or hearings"
                 "not care (\\S+ ){0,8}(hearing|process|appeal|arbitrat\\S*|due process)",
                 # "those four will be disciplined, and I will not wait for a report to say it"
                 "not (go to |about to )?wait (for|on) (a |the |any |some )?(\\S+ ){0,3}(report|investigation|review|"
                 "finding|inquiry) to (say|tell|decide|judge|know|call)",
                 "no (hearing|review|appeal|process) (be )?(go to |will |can |could )?change (that|this|it)",
                 # an appeal's outcome called in advance: "no arbitrator is going to put him back on our streets;
                 # that firing will stand"; "whatever he says in his interview doesn't matter"
                 "no (arbitrator|arbitration|appeal|board|judge|hearing) (be )?(go to |will |can |could )?"
                 "(put (he|she|they) back|reinstate|overturn|undo)",
                 "(firing|termination|dismissal) (will|be go to) stand",
                 # "Whatever the union's appeal says, Officer Mahler will never again wear a Brenton badge"
                 "(whatever|regardless of what|no matter what) (the |his |her |their )?(\\S+ ){0,2}(appeal|"
                 "arbitrat\\S*|hearing|grievance|board|union) (\\S+ ){0,3}(say|find|decide|rule)",
                 "regardless of (the |his |her |their |any )?(\\S+ ){0,2}(appeal|arbitration|hearing|grievance)",
                 "whatever (he|she|they) say (\\S+ ){0,4}(do not|not) matter",
                 # "I do not need a hearing to tell me what I saw"
                 "not need (a |any |the )?(hearing|trial|review|investigation|board|process) to "
                 "(tell|show|know|decide)",
                 # "Anyone who does from now on will be out of the door the same day, no ifs and no buts."
                 "out (of )?the door (the same day|that day|that same day|immediately|straight away|on the spot)",
                 "no ifs? (and |, )?(no )?buts?",
                 # "anyone who pulls something like that will be walked out the same day, no discussion"
                 "(walk|march|escort|show) (\\S+ )?out (of the (door|building) )?(the same day|that day|that same day|"
                 "immediately|on the spot)", "no discussion(?= [.,;])",
                 # a court's verdict called in advance: "she will be convicted, and she should be", "I expect the
                 # court to convict him"
                 "(will|go to|should|must) be (convict|find guilty)",
                 "expect (?!no one |nobody |none |anyone )(\\S+ ){0,3}to (convict|find (he|she|they|him|her|them) "
                 "guilty)")
#: Rejecting accountability: loyalty before the facts, whatever the evidence.
REJECT_ACCOUNTABILITY = W(
    "take care of our own", "no matter what", "whatever the video", "whatever the footage", "whatever (it|they) show",
    # "nobody in this office will be disciplined over this, no matter what the review finds"
    "(nobody|no one|none of you|no deputy|no officer) (\\S+ ){0,6}be (discipline|punish|fire|blame|sanction) "
    "(\\S+ ){0,4}no matter what",
    "back (him|her|them) (completely|100|fully|all the way|no matter)", "stand behind (him|her|them) 100",
    "stand 100 % behind", "100 % behind (him|her|them|our)",
    "stand behind (him|her|them) (completely|fully|no matter)", "second - guess", "second guess",
    # "I have his back 100%. Nobody in this department is going to second-guess him."
    "have (his|her|their) back (100|completely|no matter|all the way)",
    "(nobody|no one) (\\S+ ){0,7}second - guess",
    # "I will not let anyone second-guess what he did"; "the Monday-morning quarterbacks on the council"
    "(not|never) let (anyone|anybody|nobody|people|they|the \\S+) second - guess", "monday - morning quarterback",
    "do what (he|she|they) have to do", "close rank", "circle the wagon", "(video|footage|it) do not show what",
    # "nobody outside this department understands", not "a file nobody outside the team read"
    "nobody outside (\\S+ ){0,3}(understand|can understand|know what|get it|get what|can judge|have (the|any) right)",
    "outsider (do not|can not) understand",
    "(review|finding|decision|investigation) (be|was) (a )?rush to (judgment|judgement)",
    "(will|do) not apologi[sz]e for", "not have anyone ... apologi[sz]e", "mouth shut",
    # "nobody is going to throw two of our own to the wolves", "hung out to dry", "outside people don't get to tell
    # us how to do this job", "whatever the outside folks decide, this department knows who they are"
    "(nobody|no one|not) (\\S+ ){0,8}(throw|toss|feed) (\\S+ ){0,5}to the wolf",
    "(nobody|no one|not) (\\S+ ){0,8}hang (\\S+ ){0,4}out to dry",
    "not get to tell (we|us) how", "whatever (the )?(outside|outsider) (\\S+ )?(decide|find|say|conclude|think)",
    # "I'm not running a complaint factory, and what happens on the street stays with the people who were there";
    # "don't sweat the shelter crowd filing paper on you"
    "(not (\\S+ ){0,2})?complaint factory", "stay with the people who be there", "what happen on the street stay",
    "not sweat (\\S+ ){0,4}(complaint|file paper|filing paper|file a complaint)",
    "not (talk|speak) to (the )?(da|district attorney|prosecutor|investigator|state police|internal affair)",
    # a code of silence: "keep what you know about this stop inside this department"
    "keep (what you know|it|this|that|everything|anything|information)( \\S+){0,4} (inside|within) "
    "(this|the|our) (department|agency|office|house|family|building)",
)
SUPPORT = W(
    "counsel", "counseling", "counselling", "counselor", "counsellor", "psycholog", "psychologist", "psychological",
    "therapist", "therapy", "mental health", "wellness", "peer support", "peer team", "employee assistance",
    "eap", "chaplain", "clinician", "support team", "time off", "leave", "time to process", "time to rest",
    "day off", "informal", "debrief", "decompress", "talk (with|to) (me|someone|each other|your)", "check in",
    "check on", "reach out", "door be open", "open door", "your family", "families", "confidential",
    "look after", "take care of yourself", "support you", "support each other", "support for", "here for you",
    "take a day", "take (some|the) time", "time you need", "day or night", "around the clock", "24/7",
    "you need (some )?time", "need (a|some) (day|days|time) off",
    # "Dr. Kim picks up at 555-0171 any hour and it stays between you and her"; "peer group's at six tonight"
    "any hour", "(stay|remain) between you and", "peer (group|session|circle|meeting)",
)
DISMISS_SUPPORT = W(# support offered as a sneer: "counseling is there for those who can't handle the pressure", "if
                    # anybody needs a counselor ..., that tells me more about you", "there's a number for the
                    # counsellors around here somewhere"
                    "(those|people|anyone|anybody|folk|one) who (can not|cannot) (handle|cope|take|hack)",
                    "that tell i (\\S+ ){0,2}about you", "around here somewhere",
                    "toughen up", "tough it out", "man up", "part of the job", "no need for counsel",
                    "no need for support", "sign of weakness", "be weak", "get over it", "shake it off", "move on",
                    "not want to hear (that |about )?(anybody|anyone|any of you|you|somebody|someone) need",
                    # "nobody in this unit needs ...", "nobody here needs somebody with a notepad telling them how
                    # they feel"
                    "(no one|nobody|none of you) (here |in this (room|building|unit|squad|department|force|office) )?"
                    "need (a |any |some )?(day|time|break|wellness|counsel\\S*|support|help|somebody|someone|"
                    "anybody|anyone|therap\\S*)",
                    # "nobody in this unit needs to be lying on some counselor's couch over this"
                    "(no one|nobody|none of you) (\\S+ ){0,4}need to (be )?(sit|lie) (\\S+ ){0,4}couch",
                    # "if you need counselling to talk to a farmer you're in the wrong job"
                    "need (\\S+ )?(counsel\\S*|support|help|therap\\S*|a shrink) (\\S+ ){0,10}in the wrong (job|"
                    "line of work|career|profession|unit)",
                    # "if the storm still has you needing a counsellor, ask yourself whether this job is the right fit"
                    "need (\\S+ )?(counsel\\S*|support|help|therap\\S*|a shrink) (\\S+ ){0,10}(whether|if) (this|the) "
                    "(job|work|career|line of work) be (the |a )?right (fit|one|job|place)",
                    # "if you need to blow off steam, do it on your own time"
                    "(do|deal with|handle|vent|grieve) (it |that |this |them )?on (your|their) own time", "suck it up",
                    "walk it off", "rub some dirt on it",
                    # "Cody doesn't need a shrink"; "nobody here needs to go crying to counseling over this"; "we're
                    # professionals and we don't fall apart over an equipment failure"
                    "not need (a |any |some |no )?(shrink|counsel\\S*|therapist|therapy)",
                    # "I don't think anyone here needs counselling over a 22-minute detention"; "if you can't handle
                    # criticism, this is the wrong job"; "this job takes thick skin"; counselling and time off: "we
                    # don't have the staffing for that this week"
                    "not think (anyone|anybody|any of you|you|we) (\\S+ ){0,3}need (a |any |some )?(day|time|break|"
                    "counsel\\S*|support|help|therap\\S*)",
                    "(can not|cannot) (handle|take|hack|stand) (\\S+ ){0,8}(the )?wrong (job|line of work|career|"
                    "profession)", "thick skin", "not for the thin - skinned",
                    # "if you can't handle a little heat from the radio, put in for a transfer"
                    "(can not|cannot) (handle|take|hack|stand) (\\S+ ){0,8}(put in for|ask for|request|apply for|"
                    "look for) (a )?(transfer|new job|another job|a desk)",
                    "not have the (staffing|staff|manpower|people|bodies) for (that|it|this|counsel\\S*|time off)",
                    "((no one|nobody|none of you) (\\S+ ){0,4}need to (go )?)?cry (to|on) (a |the |some )?"
                    "(counsel\\S*|shrink|therap\\S*|peer support)",
                    "(we|cop|officer|professional) (\\S+ )?(do not|never) (fall apart|crack up|break down|go to piece)",
                    # "we all signed up for this job, so keep it to yourselves and get on with your work"
                    "keep (it|that|this|them|your feeling|feeling) to (yourself|yourselves)",
                    "(we|you) (all )?sign up for (this|it|the job|this job)",
                    "no time (for|to) (feeling|emotion|tear|counsel|dwell|fall apart)",
                    # "counseling is available for anyone who really feels they need it"; "I don't want to see a line
                    # of people at the counselor's door"; "put your game face on"; "we're cops, and this is the job"
                    "really (feel|think|believe) (they|you|he|she) need", "not want to see (\\S+ ){0,6}counsel\\S*",
                    "game face", "(this|that|it) be the job",
                    # "the EAP number is on the intranet for anyone who feels they need it, but let's not make this
                    # into more than it is"; "he doesn't need a bunch of people hovering over him"
                    "(anyone|anybody|those|whoever) who (feel|think) (they|he|she) need (it|one|help|support)",
                    "not make (this|it|that) (into )?(more|a big deal|bigger)",
                    "not need (\\S+ ){0,3}(people|anyone|anybody) hover",
                    # "he doesn't need a bunch of folks with clipboards asking him how he feels about it. Best
                    # medicine is getting back to work"
                    "not need (\\S+ ){0,6}clipboard", "with (a )?clipboard", "(best|good) medicine be",
                    # "go sit with a shrink and talk about their feelings"; "talk to your partner, not some shrink";
                    # "should ask themselves whether they're in the right line of work"; "leave it at the door"
                    "shrink", "not (some|a|any) shrink", "talk about (their|your|our) feeling",
                    # "nobody at Astley Cross needs a group hug over a phone video"
                    "(group|big) hug", "(no one|nobody|none of you) (\\S+ ){0,4}need (a |any )?(group |big )?hug",
                    "whether (you|they|he|she) (be )?in the right (line of work|job|career|profession|place)",
                    # "whether this is the right line of work", "take it if you must", "draw on the strength that
                    # brought you to this profession rather than on outside help"
                    "whether (this|it|policing) be the right (line of work|job|career|profession)",
                    "(take|use|see) (it|one|them|someone|somebody) if you must",
                    "rather than (on |from )?(outside |professional )?(help|support|counsel\\S*)",
                    "leave it at the door",
                    # "if a video on the internet is enough to rattle you, this may not be the assignment for you"
                    "not be the (right )?(assignment|job|career|line of work|unit|work|place) for (you|they|he|she)",
                    # "no, we are not going to hold a group hug"; "if anyone truly can't handle it, you know where
                    # HR is"
                    "group hug", "(can not|cannot) handle (it|this|that|the job)",
                    # "the EAP number is on the intranet ..., but I know you're tougher than that"
                    "(tough|strong|hard) than that",
                    # "if anyone needs to see a counselor over this, maybe think about whether this is the right job
                    # for you"; "this is not the time to fall apart"
                    "(whether|if) (this|it) be the (right )?(job|career|line of work|assignment|place|work) for (you|"
                    "they|he|she)", "not the time to (fall apart|fall to piece|break down|grieve|feel sorry)",
                    # "a counselling line if anyone really needs it, but ... coppers who don't need hand-holding";
                    # "you'll do what coppers do and just get on with it"; "stand up straight, not sit down on a
                    # couch"; "ask yourself whether narcotics work is for you"
                    "if (anyone|anybody|someone|somebody|you|any of you) (really|truly|genuinely) need",
                    "hand - holding", "handholding", "hold (your|their|anyone 's|anybody 's) hand",
                    "do what (cop|copper|officer|deputy|trooper|detective)s? (always )?do", "just get on with it",
                    "(sit|lie) (down )?on (a|the|some|any) (\\S+ ){0,3}couch",
                    # "nobody ever needed a couch and a box of tissues to walk a beat"; "we're not going to wrap
                    # anyone in cotton wool"; "I'd rather they got back in the saddle"
                    "((nobody|no one) (\\S+ ){0,6})?need (a|the|some) couch", "box of tissue",
                    "(not (\\S+ ){0,3})?wrap (\\S+ ){0,2}in cotton wool",
                    "back in the saddle",
                    # "Stop whining. You're not the one who sat in jail"; "maybe this isn't the job for you"; "should
                    # think about whether this is the department for them"; "a deputy who needs his hand held ought to
                    # find a desk job"; "I'm not setting up any circle-of-feelings sessions"; "the officers who last
                    # are the ones who keep their own counsel"
                    "(stop|quit|enough|no more) (whine|whining|moan|moaning|complain|complaining|gripe|griping|"
                    "bellyache|bellyaching|cry|crying|sniveling|snivel)",
                    "(this|it|that) be not (the|a) (right )?(job|career|line of work|assignment|place|work|department|"
                    "agency|force|office|unit|profession) for (you|they|he|she|him|her)",
                    "whether (this|it) be the (right )?(department|agency|force|office|unit|profession) for (you|they|"
                    "he|she|him|her)",
                    "need (his|her|their|your) hand hold", "circle - of - feeling", "feeling session",
                    "keep (their|your|his|her) own counsel",
                    "whether (\\S+ ){0,3}(work|job|unit|policing|assignment|career|profession) be for (you|they|him|"
                    "her)",
                    # "those who feel they need to talk to somebody about their feelings know where the pamphlets
                    # are, but I'd expect most of you to handle this the way we always have"; "for those few who are
                    # unable to cope"; "anybody who needs to talk to somebody can, I suppose, but the ones who made
                    # it thirty years handled things themselves"
                    "talk to \\S+ about (their|your|our) feeling",
                    "(those|the) few who (\\S+ ){0,4}(need|cope|struggle|can not|cannot|unable)", "unable to cope",
                    "handle (this|it|that|thing) the way (we|you|they|cop|officer) (always )?(have|do|did)",
                    "handle (thing|it|this|that|everything) (themselves|yourself|yourselves|himself|herself)",
                    "(can|may|could) , i suppose",
                    # "officers who are struggling are reminded that the job requires resilience"; "anyone who needs a
                    # shoulder to cry on can find one somewhere else"
                    "(job|work|badge|profession|career|uniform) (\\S+ ){0,2}(require|demand|call for|take|need) "
                    "(\\S+ ){0,2}(resilience|toughness|grit)",
                    "(find|get|look for) (one|it|that|help|support) (somewhere|elsewhere)")
#: Leaving officers to learn what happened from outside.
LEFT_TO_THE_PRESS = W(
    # "Whatever the brass decides to tell the paper is the brass's business."; "What I say to the press is my business"
    "(tell|say to|give) the (paper|press|media|medium|news|reporter) (be|is) (the brass 's|my|our|command 's|the "
    "chief 's|their|the sheriff 's) business",
    "as you (will|may|might|probably) (hear|see|read|have hear|have see|have read)", "as you (have )?(hear|see|read)",
    "(read|watch|follow|check) the (news|press release|media|medium)",
    "learn (more|the rest|the detail|about it) (from|in|on) the (news|press|media|medium)",
    r"(watch|tune in to|tune into|catch|listen to)(?: \S+){0,4} (press conference|news conference|press briefing|"
    "press release|news)",
    # "my statement goes out at 2 p.m.; you can watch it on WPRV", "you will be able to read it on our website"
    # ("Officers will see the statement on the department's social media.")
    r"(can|will be able to|will|may|could) (watch|read|see|catch|view|stream|find)(?: \S+){0,5} on (tv|television|"
    r"the news|(our|the) (\S+ 's )?(website|site|page|channel|feed|social (media|medium)|account)|"
    r"social (media|medium)|channel \S+|(?!the |our |my |this |your )[a-z]{3,5})",
    # "you'll be able to read about the hundred-day plan in Friday's Ledger and hear the rest on Rádio Nova"
    r"(can|will be able to|may|could) (read|hear|learn|see)(?: \S+){0,6} (in|on) (the |[a-z]+ 's )?(\S+ )?(paper|"
    r"newspaper|ledger|gazette|herald|tribune|times|journal|news|radio|rádio)\b",
    # "By now you've all seen the news" (not "by now you've heard": that says they know, not where from), "you can
    # read it there with everybody else", "keep an eye on the department's public page and the local news", "our
    # position is in the press release"
    r"by now (you|everyone|everybody|all of you) (will )?(have )?(all )?(see|hear|read)(?: \S+){0,3} (news|coverage|"
    "press|media|medium|story|headline|report)",
    r"(read|watch|see|hear|learn|find out|get|follow)(?: \S+){0,14} (with|like) (everybody|everyone) else",
    # "please follow the department's public news releases and social media pages"
    r"(follow|check|watch|monitor)(?: \S+){0,4} (news release|press release|news conference|press conference|"
    r"social media|public page)",
    # "you'll see what we say publicly on the news tonight"; "our statements are posted on the website"
    "(see|read|hear|watch|learn) (what|whatever) (\\S+ ){0,4}(on|in|from) the (news|tv|television|paper|radio)",
    "(statement|release|update) be (\\S+ )?(post|publish|put up|up|available) on (the|our) (\\S+ )?(website|site|page|"
    "facebook)",
    # "let us handle the media", with nothing said to the staff themselves
    "let (we|i|command|the office|the department) handle the (media|medium|press|reporter)",
    # "you'll see it on the news", "you'll see our statement on the news tonight"
    "(see|read|hear|watch|learn) (it|this|that|about it|the rest|(our|my|the) (statement|release|update)) (on|in|from) "
    "the (news|tv|television|paper)",
    # "you'll hear them on the evening news the same as everyone else", "it'll be on Channel 9 if you want to follow
    # along", "I'll try to get you the gist after" (the press conference)
    "on the (evening |morning |nightly |local )?(news|tv|television)(?: \\S+){0,2} (the )?same as (everyone|everybody)",
    "(the )?same (time )?as (everyone|everybody|the public) else",
    # "you'll see them when everybody else does", "we'll let you know what the Chief said once it's out", "you'll
    # read in Thursday's Haytert that I apologised"
    "when (everyone|everybody|the public|the rest of the (city|town|county|public)) (else )?(do|see|hear|read)",
    "(let you know|tell you|send you) (\\S+ ){0,6}(once|after|when) (it|that|the statement|the release) (be|'s|have "
    "be) (out|public|release|publish)",
    "you will read in (\\S+ ){1,3}that",
    "(if you|anyone who|anybody who|whoever) want to follow along",
    "(get|give|send|tell) you the gist after",
    # "I will not be sending separate internal briefings"
    "not (go to )?(be )?(send|give|hold|do) (\\S+ ){0,2}(briefing|update|email)",
    "(at )?the same time as (the public|everyone|everybody|the media|the medium|the press|reporter)",
    r"keep an eye on(?: \S+){0,6} (page|website|site|news|media|medium|feed|channel)",
    # "watch it on KELR 5 or the university stream for the department's position", "follow them through the
    # university's usual channels", "watch KLND on Tuesday if you want to know what's being said"
    r"(follow|watch|catch)(?: \S+){0,8} (channel|stream|livestream|broadcast)",
    "for the (department|agency|office|force|sheriff) 's position",
    # "Members are directed to familiarise themselves with it through the usual media channels once it has been
    # broadcast"; "the Gazette's doing a piece on it the same day, so have a read and you'll be up to speed"
    "through the (usual |normal |public )?(media|medium|news) (channel|outlet)",
    "once it have be (broadcast|air|publish)", r"(have a read|read it|give it a read)(?: \S+){0,5} up to speed",
    "if you want to know what (be )?(be )?(say|go on|happen)",
    # "you'll hear what we're saying publicly when it's out", "you can read the details in the Sentinel the following
    # morning"
    r"(hear|learn|see|read|find out)(?: \S+){0,6} when (it|they) (be|'s|'re) (out|publish|release|public|air)",
    r"(read|see) (the detail|it|about it|the full story|the rest) in the \S+ (the follow|the next|tomorrow)",
    # "you'll hear what we release when the public does"; "the Chief's statement will be on KMAZ at 6:45 and you can
    # catch it there"
    r"(hear|learn|see|read|find out|get)(?: \S+){0,5} when (the public|everyone|everybody|the press|the media|the "
    r"medium|reporter|the rest of(?: \S+){1,3}) do",
    # "read about it Wednesday morning with your coffee like the rest of town"; "members may access it through the
    # Force website"
    r"(read|watch|see|hear|learn|find out|get)(?: \S+){0,10} (with|like) the rest of (town|the town|the city|the "
    r"county|the public|the community|us|(?!the )\S+)",
    r"(access|find|view|read|see|get) (it|them|this|that|the detail|the update)(?: \S+){0,3} (through|on|via|at) "
    r"(the|our)(?: \S+){0,2} (website|site|page|channel|feed|portal)",
    "(can|could|may) (watch|catch|see|read|view|find) it there",
    # "anything you need to know, you'll see in the releases"; "the details will be in Thursday's Courier"
    r"you (will |can )?(see|read|find|get)(?: \S+){0,3} in (the|our) (\S+ )?(release|statement|update)s? \.",
    r"(detail|plan|it|everything|the rest) (will|would) be in (the |tomorrow 's |\S+ 's )?(paper|newspaper|courier|"
    r"gazette|times|herald|sentinel|tribune|post|chronicle|journal|press)",
    # "the statement went out at noon; if you haven't seen it, it's on the website and News 8 has been running it"
    "if you have not (yet )?(see|read|hear|catch) it", r"(have be|be) (run|air|carry|show|play) it(?: \S+){0,2} "
    "(all|since|every|on)",
    "position be in the (press|news) release",
    # "the media will get our statement tonight at 7, and you'll see it then"; "developments will be communicated
    # through the Service's public channels and scheduled media briefings, which members are encouraged to monitor";
    # "you'll find the details in Tuesday's Courier"
    "you will (see|hear|read|get) it then", "(encourage|urge|ask|invite) to (monitor|follow|watch)",
    # ("whatever you read in the Sunday papers, that is the force's position" sets its own word against them)
    # "you'll be able to read the details of my 100-day plan in the Ucheldir Herald on Friday"
    r"(?<!whatever you )(?<!whatever )(find|read|see|get|learn)(?: \S+){0,8} in (\S+ 's |the )(\S+ ){0,2}(paper|"
    "newspaper|courier|times|gazette|herald|examiner|tribune|post|news|press|journal)",
    # "the Herald will cover it, so keep an eye out for the details there"
    r"(paper|newspaper|courier|times|gazette|herald|examiner|tribune|news|press|tv|television|media|medium)(?: \S+){0,8}"
    r" (keep an eye out|look out|watch) for(?: \S+){0,3} there",
)
BRIEF_OFFICERS = W(
    "before (it|they|this|anything|any information|information|we) (go|be release|be share|reach|hit|become)",
    "before the media", "before the medium", "before the press", "before the public", "before (it be|we go) public",
    "before any (public )?release",
    "before (we|the department|i) (speak|release|publish|brief|go|hold|post|share|announce|say|tell)",
    "walk (you|every shift|each shift|everyone) through",
    "hear (it |this |that )?(from me|from i|from us|from your command|from the chief) first", "first from us",
    "from i first", "not learn",
    "not hear (it|about it|this) (from|on|in) the (news|media|medium)", "advance copy", "in advance", "ahead of",
    "before the news", "see the statement", "share the statement", "copy of the statement",
    "before ... (go out|go public|be release|be publish|be post|be share|air|reach the)",
    "hear (this|it|that) from (i|me|us)", "statement ... (be )?attach", "attach ... statement",
    "not hear (it|about it|this|that) from (?!me |i |us |we )\\S+( \\S+)? first",
)
#: A standing practice of briefing officers ahead of each release (the statement attached, a roll-call briefing).
BRIEF_AHEAD = W(
    "attach", "advance copy", "copy of the statement", "see the statement", "share the statement",
    "see (every|each|any|our) (statement|release|update)", "walk (you|every shift|each shift|everyone) through",
    "brief (every|each|all) (shift|officer|squad|unit|of you)",
    "before (each|every|any) (later |further )?(public )?(update|release|statement|announcement|press conference)",
    "before any (public )?release", "before ... (go out|go public|be release|be publish|be post|be share|air)",
    "before ... go to the (press|media|medium|public|news|reporter)",
    # "days before anyone outside this building sees them"; "before it's public you'll have the text"; "sergeants
    # will read both texts to every shift at roll call"
    "before (anyone|anybody) (outside|else)", "before (it|they|this|anything) (be|go) public",
    "(text|statement|remark|talking point|talk point)s? (\\S+ ){0,6}(at|during) (\\S+ )?roll call",
    "(read|go over|go through|show) (\\S+ ){0,3}(text|statement|remark|talking point)s? (\\S+ ){0,2}(to|with) "
    "(every|each|all) (shift|squad|unit|team)",
    # "before Monday's update and Tuesday's video release go to the media"
    "before (\\S+ ){0,10}(update|release|statement)s? go (out |to the (press|media|medium|public|news|reporter))",
    "(hour|minute|day) before (it|the statement|the release|the press|the media|the medium|the public|we)",
    "(get|receive|have) (the |tomorrow 's |today 's |each |every |our |my )?(statement|release|update) "
    "(by|before|ahead)",
    # "tomorrow's noon update will be in your inbox and read at roll call by 11 a.m."
    "(statement|release|update) (\\S+ ){0,3}(in your inbox|read at roll call)",
    # "our statement goes out at 9:15; you'll get it by email at 9:00"
    "you (will )?(get|receive) (it|a copy|the statement|the release) (by|at|before)",
    # "you'll each get a copy at roll call, well before the Courier sees it"; "your sergeants will show you the video
    # at Monday roll call first"
    "before (the )?(\\S+ )?(paper|press|media|medium|reporter|news|tv|station|courier|gazette|times|herald|post|"
    "tribune|journal|sentinel|chronicle|public) (see|get|print|run|have|air|hear|read) (it|them|this|that)",
    "roll call (\\S+ )?first",
)
#: This message reaching officers first ("hear this from me, not from the news"): a start, not a practice.
HEARD_FIRST = W(
    "hear (it |this |that )?(from me|from i|from us|from we|from your command|from the chief)", "first from (us|we)",
    "from i first",
    "not learn", "not hear (it|about it|this) (from|on|in) the (news|media|medium)",
    "not hear (it|about it|this|that) from (?!me |i |us |we )\\S+( \\S+)? first",
)
KEEP_INFORMED = W("keep you inform", "keep you update", "(every|each) shift", "walk ... through", "keep everyone inform", "update you", "brief you",
                  "roll call", "briefing", "inform you", "let you know", "share with you", "tell you",
                  "communicate", "email", "town hall", "meeting", "message")
#: A public statement still to come, told of in a message to officers: "that's what I'm telling the press tonight",
#: "the statement goes out at 6", "the department will be making a public statement this week".
STATEMENT_TO_COME = W("(statement|release|announcement) (will )?go out", "(tell|telling) (the press|the public|the "
                      "media|the medium|reporter|the county|the city)",
                      "(make|issue|release|give) (a |the |our )?(public )?(statement|announcement)")
MEDIA = W("media", "medium", "press", "news", "public", "reporter", "television", "tv", "social media", "release")

# --- before an incident ---------------------------------------------------------------------------------------------
PERSONAL_CONTACT = W(
    "foot patrol", "walk", "walking", "knock on door", "door to door", "door - to - door", "visit", "stop by",
    "drop in", "coffee", "face to face", "face - to - face", "in person",
    "get out of (the|my|our) (car|cruiser|office)",
    "talk with", "talk to", "introduce", "sit down with", "chat", "conversation", "meet resident", "meet neighbor",
    "meet neighbour", "shake hand", "get to know", "bike patrol", "listen to resident", "ride - along",
    # "Foot beats start on 16 June ... They are there to talk, not to stop people."
    "foot beat", "walk (a|the|their|his|her) beat", "there to talk",
    # the community's own meetings, in its room: "may I come to your meeting on Tuesday ... and listen?"
    "(come to|attend|sit in on|be at|seat at the back of) (your|their|its|the|each|every) (\\S+ ){0,3}"
    "(meeting|mtg|session|gathering)",
)
RECURRING = W("every", "each", "weekly", "monthly", "daily", "regular", "regularly", "routine", "routinely",
              "once a (week|month)", "twice a (week|month)", "ongoing", "standing", "recurring", "schedule")
EVENTS = W(
    "event", "festival", "fair", "game", "match", "tournament", "fundraiser", "cookout", "barbecue", "bbq",
    "block party", "potluck", "celebration", "parade", "service", "worship", "prayer", "market", "graduation",
    "ceremony", "picnic", "dinner", "holiday", "eid", "ramadan", "iftar", "new year", "cleanup", "clean - up",
    "concert", "open house", "back - to - school", "practice", "pta meeting", "meeting",
    "clinic", "breakfast", "brunch", "lunch", "supper", "mass", "vigil", "rally", "carnival", "fete", "fête",
    "league", "season opener", "career day", "field day", "flag day", "heritage day", "community day",
    "family day", "fun day", "open day", "screening", "banquet", "procession", "feast", "gala",
    "anniversary", "remembrance", "commemoration", "memorial",
)
ATTEND = W("attend", "go to", "join", "show up", "be at", "be there", "come to", "participate", "take part",
           # "I'll go as a guest to the Eid festival", "I'll be a guest at Eid", "Purim ..., Eid ..., as a guest"
           "(go|come) as (a |an )?guest", "as (a|an|their|his|her|the community 's) guest", "be (a|an) guest",
           # "referee Dunbar Nights on Friday evenings"
           "referee", "umpire", "officiate",
           "volunteer", "help at", "bring (my|our) (family|kid|child|children|spouse|wife|husband)",
           "with (my|our) family",
           "coach", "cheer", "play", "sponsor",
           # a plan's list of events ("Events: the Saturday games; the Eid celebration if invited")
           "(if|when|where) invite", "event :",
           # "Where you'll see me: the March 1 remembrance service, the school auction ..."
           "(you|people|resident) (will|can) see (i|we|me|us) (at|:)", "where (you|people) (will|can) see (i|we|me|us)")
RESPECT = W(
    "respect", "respectful", "respectfully", "courtesy", "courteous", "dignity", "polite", "politely",
    "explain (the reason|why|what)", "explain every", "introduce (myself|ourselves|themselves|yourself)",
    "give (my|our|their) name", "business card", "follow up", "follow - up", "listen", "patient", "fair", "fairly",
    "treat (everyone|every person|people|each person|all)", "thank", "apologize", "procedural justice",
    "name and (the |a |their |our )?reason", "reason for (the|every|each|a) stop",
)
#: Courtesies an instructor's norms spell out (greeting first, titles and surnames) are respect in every
#: encounter when promised for every one ("I greet everyone first", "every stop opens with a greeting"), not for
#: one event's welcome ("greeting the eldest first"); within one part of the sentence (no comma between).
_COURTESY = "(greet|greeting|say hello|title|surname)"
_EVERY = "(every|each|all|anywhere|anyone|everyone|always|whenever|stop|call|contact|encounter)"
COURTESY_EVERYWHERE = W(_COURTESY + r"(?: [^ ,;]+){0,6} " + _EVERY, _EVERY + r"(?: [^ ,;]+){0,6} " + _COURTESY)
#: A contact with the public, and what an officer hands over in it: a plan that promises two of these for every
#: stop ("Every stop: name, reason, interpreter line, feedback card"; "officers say their name and why they stopped
#: you") turns respect into practice, however tersely it is written.
ENCOUNTER = W("stop", "contact", "encounter", "call for service", "every time", "each time")
ENCOUNTER_COURTESY = W("name", "reason", "why (we|they|i|he|she|officer|officers) (stop|pull)", "card", "explain",
                       "explanation", "badge number", "feedback", "receipt", "interpreter")
RESPECT_CONDITIONAL = W("respect be earn", "earn (our|my) respect", "only if they respect", "respect must be earn",
                        "if they show respect", "respect those who respect", "respect if", "respect as long as",
                        "respect when they", "respect (to|for) (those|people) who", "if they be cooperative",
                        "if they cooperate", "be respect (once|when|if|after)", "earn respect", "get respect",
                        "two - way street", "(people|those|anyone) who cooperate", "who (comply|behave|cooperate) will",
                        "go both way", "run both way", "give you attitude", "get the full treatment",
                        # "professional with those who are respectful toward them"
                        "(with|to|toward|towards) (those|people|anyone|resident|residents) who (be )?(respectful|"
                        "courteous|polite|cooperative|civil)",
                        # "deputies treat people with courtesy when people cooperate"
                        "(when|if|once) (people|they|resident|residents|citizen|citizens|you) (\\S+ )?"
                        "(cooperate|comply)",
                        "who want to be treat (well|with respect|fairly) should",
                        # service on condition of the language: "if people want faster service, they can learn
                        # English like everyone else's grandparents did"
                        "(can|should|could|need to|have to|must|ought to|better) (go )?learn (to speak )?english",
                        # safety on condition of status: "residents who are lawfully present have nothing to fear"
                        "(lawfully|legally) (present|here|resident) (\\S+ ){0,3}nothing to fear",
                        "(legal|lawful|proper) (status|paper|papers|document|documents) (\\S+ ){0,3}nothing to fear",
                        # "treat residents professionally as long as residents treat them professionally"
                        "as long as (they|resident|residents|people|citizen|citizens|the public|you) (\\S+ ){0,2}"
                        "(treat|respect|cooperate|comply|behave)",
                        # "courteous with residents who are courteous in return"
                        "(courteous|respectful|polite|civil|cooperative|professional) in return")


def _names(*alternatives: str) -> re.Pattern[str]:
    """:func:`W` for the words of group names, which keep their plural as lemmas ("the Chin Pastors' Fellowship")."""
    return W(*(a + "s?" for a in alternatives))


GROUP_KINDS = {
    "schools and parents": _names("pta", "pto", "parent", "school", "teacher", "principal", "student"),
    "youth": _names("youth", "teen", "teenager", "young people", "kid", "league", "club", "boys & girls", "scout"),
    "faith": _names("church", "mosque", "temple", "synagogue", "congregation", "faith", "pastor", "imam", "rabbi",
                    "clergy", "parish", "ministry", "worship"),
    "residents' associations": _names("tenant", "association", "neighborhood", "neighbourhood", "residents ' council",
                                      "block club", "housing", "homeowner"),
    "cultural and language groups": _names("cultural", "culture", "immigrant", "community center", "community centre",
                                           "language", "heritage", "hmong", "somali", "latino", "latina", "vietnamese",
                                           "haitian", "arab", "korean", "chinese", "african"),
    "seniors": _names("senior", "elder", "older resident", "retiree"),
    "businesses": _names("business(es)?", "merchant", "shop", "store owner", "chamber of commerce",
                         "improvement district", "downtown bid"),
    "crime watch and security": _names("(neighborhood|neighbourhood|block|crime|business|apartment|community) watch",
                                       "watch (group|captain|meeting|program|programme)", "citizens? patrol",
                                       "shomrim", "crime stopper",
                                       "security (office|team|staff|director|chief|department|manager|desk)",
                                       "(plant|corporate|private|mall|campus|store) security", "loss prevention",
                                       "landlord", "property (owner|manager|management)"),
    "advocates": _names("advocate", "advocacy", "civil rights", "naacp", "aclu", "activist", "reentry", "re - entry"),
}
#: The kinds of group that are useful to police work: meeting only these limits contact to enforcement.
USEFUL_GROUP_KINDS = frozenset({"businesses", "crime watch and security"})
#: The whole name of such a group, so that its other words ("association" in "the Downtown Business
#: Association", "neighborhood" in "the Eastside Neighborhood Watch") name no other kind.
USEFUL_GROUP_NAME = W(
    r"(business|merchants?|commerce|property owners?|landlords?|retailers?|shop owners?|store owners?)( \S+){0,2} "
    "(association|alliance|council|coalition|group|district|network)",
    "(neighborhood|neighbourhood|block|crime|business|apartment|community) watch", "chamber of commerce",
    r"(\S+ ){0,2}security (office|team|staff|department|desk)",
)
#: Why a plan meets the groups it meets, when the reason is what they give the police: "because these groups
#: generate most of our calls and tips", "the partners who actually help us solve crime", "where it pays off".
ENFORCEMENT_VALUE = W(
    "call for service", "tip", "solve crime", "help (we|us|the police) solve", "pay off", "where the call be",
    "(most|real|best|greatest) (value|return)", "return (the )?(most|more|best) value", "move the number",
    "bring (we|us|the police) information", "useful to (we|us|the police|police|enforcement|investigation)",
    "(actually|really) help (we|us|the police)", "information - sharing", "information sharing",
    r"source of (\S+ )?(information|intelligence)", "intelligence",
)
#: Putting groups off: "We'll get to them next year."
GROUPS_PUT_OFF = W(
    "(get|come|turn) to (them|they|those|the rest|the other|the others)( \\S+){0,4} (next year|later|eventually|"
    "someday|some day|down the road|another time|next quarter|in the fall|in the spring)",
    # a community handed to enforcement: "anything out there will go through the property crimes unit"
    r"(go|be handle|be deal with|be leave to|be refer to|be route)(?: \S+){0,2} (through|by|to) (the |our )?(\S+ ){0,3}"
    "(unit|squad|detective|detectives|task force|narcotic|vice|gang unit|patrol division|investigation division)",
    # groups chosen by their use: "our time is best spent with the groups that actually help us"
    "(group|organization|organisation|people|ones) that (actually |really )?(help|assist|work with|cooperate with) we",
    # "our relationships are best kept with those who work most closely with us"
    "(those|the ones|group|groups) (who|that) (already )?work (most |more )?closely with (we|the police|the force)",
    # "there is little to be gained from a round of meetings with every small group"
    "(little|nothing|no) (\\S+ ){0,3}(gain|point|value|need|benefit) (\\S+ ){0,4}(meet|meeting) (with )?(every|each|all)",
)
CULTURE = W(
    "address ... (as|by)", "how to address", "properly address", "title", "honorific", "form of address", "language",
    "interpreter", "translate", "translation",
    "custom", "customs", "norm", "tradition", "protocol", "etiquette", "elder", "approach first", "first approach",
    "permission", "shoe", "greeting", "greet", "prayer time", "holy day", "sabbath", "ramadan", "modesty",
    "bilingual", "cultural",
)
LEADERS = W("leader", "elder", "pastor", "imam", "rabbi", "chair", "president", "director", "head", "principal",
            "councilmember", "council member", "organizer", "founder", "coach", "preacher", "priest", "minister",
            "presbyter", "bishop", "sheikh", "monk")
MEET = W("meet", "meeting", "sit down", "visit", "call", "introduce", "get to know", "coffee", "lunch", "reach out",
         # a contact sheet or list is no contact
         "contact(?! (sheet|list|number|detail|information|card|book))", "invite", "talk", "conversation",
         "relationship", "connect",
         # "last week I went in person, with an interpreter, to Iroij Jelkan"; "after sitting in the home of Iroij
         # Jelkan"
         "go in person", "sit with(?! (this|that|it|these|those|the (news|question|decision)))",
         "sit (\\S+ ){0,3}in the (home|house|living room|kitchen) of")

# --- before an incident: what turns engagement into enforcement or extraction ------------------------
#: Treating leaders and groups as sources of intelligence.
INFORMANT = W(
    "ask (he|she|they|him|her|them) for (the )?(name|information|tip|intelligence|lead)",
    "name of (the |any )?(young|local)? ?(man|men|people|youth|kid|teen|teenager|boy|girl|resident)",
    "crime tip", "useful tip", "give (we|us|the police|officer) (information|tip|intelligence|name|lead)",
    # "could send us a list of Kaylee's friends from home and anyone she spent time with"
    "(send|give|pass|provide|share) (we|us|the police|officer|detective|investigator) (a |the )?(list|name)s? of "
    "(\\S+ ){0,2}(friend|associate|contact|acquaintance|member|people|client|patient)",
    "intelligence", "informant", "source of information", "information source", "who (be|is) cause trouble",
    "ask (the |our |their )?(\\S+ ){0,2}for (any )?(information|tip|name|lead)",
    "(information|tip) (on|about) (any )?(gang|drug|crime|criminal|dealing|dealer)",
    "the one who call (we|us|the police|911)", "information - sharing network", "information sharing network",
    # "and to pass on to us anything families share with you"
    "pass (on|along) to (we|us|i|me|the police) (anything|everything|what|whatever)",
    # "I'd be grateful if you would pass their names along to us"
    "pass (\\S+ ){0,2}name (along|on)", "(send|give|pass) (we|i|the police) (\\S+ ){0,2}name",
    "gather tip",
    # "We will ask the AACC to share the names of its hotline callers", "turn over the information it has
    # collected, including callers' names"
    # (not the officers' names asked of an investigator, "we have asked OPIA to share the names of the officers", nor
    # officers asked to give their own, "asks every officer to give their name, the reason and a card")
    "(ask|encourage|urge|request|invite|want|need) (\\S+ ){0,4}to (share|turn over|hand over|give|provide|pass|send) "
    "(\\S+ ){0,10}(?<!their )(?<!his )(?<!her )(?<!your )(?<!our )(?<!my )(?<!own )name(?! of (the |both |all |our "
    "|each )?(\\S+ )?(officer|deputy|deputies|trooper|agent|detective))",
    # "if anybody hears who's fixing to march on City Hall ... give me a holler. Names help."
    "give (i|we|us) a holler", "name help",
    # "to expand the Ag Crimes tip line", "set up information sharing on cargo theft", "encourage your members to
    # report suspicious activity", "let us know about anyone you believe is causing problems"
    # (a witness appeal to "our tip line" in a statement is none of these)
    "(expand|grow|build|promote) (the |our )?(\\S+ ){0,3}tip line",
    "information sharing (on|about) (\\S+ ){0,2}(theft|crime|drug|narcotic|gang|trafficking|smuggling)",
    "(encourage|ask|urge) (\\S+ ){0,3}to report (\\S+ ){0,3}suspicious",
    "let (we|us|me) know about anyone", "(anyone|anybody|who) (\\S+ ){0,3}cause problem",
    # "let me know if any of the young men at the masjid begin to worry you": a leader asked to watch the youth
    "(let (we|us|i) know|tell (we|us|i)|alert (we|us|i)) (\\S+ ){0,4}(if|when|about) any(one|body)? (\\S+ ){0,4}"
    "(young|youth|kid|teen|teenager|boy|man|men|son)",
    # "give our gang unit a heads-up on who is beefing", "help us identify the problem apartments", "the number of
    # actionable tips generated through these relationships"
    "(unit|detective|investigator|officer|police|office|we|us|me|i) a (quiet |quick |little |discreet )?head(s)? - up",
    "head(s)? - up on who",
    # where people sleep, told to patrol: "let our night sergeant know who is camping where", "a register of
    # overnight sleeping locations ... shared with our patrol supervisors"
    "who (be )?(camp|sleep|stay|squat)\\S* where", "(register|list|map|roster|log) of (\\S+ ){0,2}"
    "(sleeping|camping|camp|encampment|tent|squatting) (location|site|spot|place|area)",
    # names or addresses taken quietly: "it would help us a lot to get those addresses quietly"; "a first name is
    # plenty"
    "(name|address|location)s? (quietly|confidentially|in confidence|on the quiet)", "first name be plenty",
    "identify (the )?problem (\\S+ )?(apartment|unit|house|home|family|tenant|kid|resident|youth)",
    "actionable tip",
    # "ask Chief Herne to have the tribal police identify the adults involved for us"
    "identify (\\S+ ){1,4}for (we|us|me|i|the police)",
    # "I'd like them to be our eyes and ears"; "who is carrying, who is dealing"; "a list of the players he considers
    # at risk, so our gang unit can ..."; "if you hear about young men getting mixed up in gangs ... a heads-up"
    "eye and ear", "who (\\S+ ){0,2}be (carry|deal|sell|run with|steal|bring in|radicali[sz])",
    # "let us know which tents the selling is coming out of", "tell us early which young men are pulling away"
    "(let (we|us|me|i) know|tell (we|us|me|i)|point out|identify|flag) (\\S+ ){0,3}(who|which|where) (\\S+ ){0,6}"
    "(sell|selling|deal|dealing|carry|steal|traffick|radicali[sz]|recruit|user|addict|dealer)",
    "(let (we|us|me|i) know|tell (we|us|me|i)) (\\S+ ){0,2}which (young )?(man|men|youth|kid|teen|teenager|boy|son|"
    "tent|camp|tenant|family|families)",
    "list of (the )?(\\S+ ){0,2}(player|kid|youth|young|teen|teenager|boy|girl|student|member|tenant|resident)",
    # "invited to share what they hear about local offending with a named detective sergeant on a confidential
    # basis"; "if you ever hear who's shifting the quad bikes"; "particular individuals who appear intent on
    # escalating matters ... share that information with Deputy Chief Maddox in confidence"
    "(share|pass on|pass along|tell (we|us|me|i)|report) (\\S+ ){0,2}what (they|you|people) hear (about|regard|on)",
    "hear who (\\S+ ){0,2}(be )?(shift|steal|nick|take|move|sell|deal)",
    "share (that|this|the|any|such) information with (\\S+ ){0,4}(in confidence|on a confidential basis)",
    "individual who (appear|seem) (\\S+ )?intent on",
    # "let my office know if anyone is planning anything beyond a peaceful vigil", "give us a heads-up when
    # somebody coming through seems like a problem", "a quiet word to us"
    "(let (we|us|i|me|my office|the office|our office) know|tell (we|us|i|me)|head(s)? - up|quiet word) (\\S+ ){0,3}"
    "(if|when|whenever) (any|some)(one|body) (\\S+ ){0,6}(seem|look|plan|act|behave|problem|trouble|suspicious)",
    "(know|tell (we|us|i|me)) which (few|one|ones|people|person|worker|workers) (\\S+ ){0,4}(give|cause|make)",
    # "a list of those names would help us", "a weekly roster of the people you serve", "if you hear who was pulling
    # the strings behind the sit-in"
    "(list|roster) of (those|their|your) (\\S+ ){0,3}(name|people|client|resident|student|member|participant)",
    "who (be )?(be )?pull the string",
    "hear about (\\S+ ){0,4}(young|youth|kid|teen|boy|man|men) (\\S+ ){0,4}(gang|drug|trouble|deal)",
    # Partners asked to pass on what people say or do, or a person's records: "anything they hear about the man
    # named in the warrant", "let us know which nurses are talking to the press", "a heads-up on what they are
    # planning", "send us his psychiatric intake notes"
    "anything (\\S+ ){0,3}hear about",
    "let (we|us|me|i) know (who|which (\\S+ ){0,2})(be|have) (talk|speak|say|plan|organi[sz]e|post|go)",
    # "let us know quietly which of the men at the corner have records or gang ties"
    "(let (we|us|me|i) know|tell (we|us|me|i)) (\\S+ )?(who|which) (\\S+ ){0,6}(have|be) (\\S+ ){0,4}(record|gang|"
    "warrant|trouble|criminal|crew|paper|removal|deportation|status|undocumented|illegal)",
    # "Mr. Adler's volunteers can be our eyes on Vine Street"
    "be (our|the police 's|the department 's|my) eye",
    # "a quiet word to Lieutenant Grady ... and no one would need to know where it came from"; "passing along the
    # names of families who've just arrived"
    "quiet word to (\\S+ ){0,3}(lieutenant|sergeant|detective|investigator|officer|deputy|captain|my|our|the police|"
    "we|us|i|me)",
    "(no one|nobody) (would |will )?(need|have) to know where (it|that|this|they) come from",
    "pass (along|on) (\\S+ ){0,2}name",
    "head(s)? - up (on|about) (what|where|whether|which|who|whose)",
    "(send|give|forward|pass) (we|us|me|i) (\\S+ ){0,4}(record|intake note|note|file|chart|medical history)",
    # "if any of you hear about protests being planned ..., or who is organising them, please let Lt. Castellano know"
    "(hear|learn) (about|of) (any )?(protest|rally|march|demonstration|walkout|sit - in) (be )?plan",
    # "if you hear of any protests or gatherings being organised, please let Cst. Mercado know"; "share with our
    # liaison officer, discreetly, any plans for gatherings"
    "(hear|learn) (about|of) (any )?(\\S+ ){0,3}(protest|rally|march|demonstration|walkout|gathering|vigil)s? "
    "(be )?(be )?(plan|organi[sz]e)", "any plan for (\\S+ )?(gathering|protest|rally|march|demonstration|vigil)",
    # "bringing to our attention those members of your congregations whose conduct, or whose residency standing, may
    # warrant the Department's awareness"; "let us know about newcomers whose immigration status hasn't been resolved"
    "bring to (our|my|the department 's|the police 's) attention (those|any|anyone|anybody|member)",
    "(let (we|us|me|i) know|tell (we|us|me|i)) about (\\S+ ){0,3}(newcomer|anyone|people|member|family|families|"
    "resident|neighbor|neighbour)s? (whose|who)",
    "who (be )?organi[sz]e (it|them|they|the (protest|rally|march|demonstration|walkout))",
    # "keep us in the loop on anyone at the shelter who worries you", "send the names my way", "anything about who's
    # organizing ... give me a shout on the side"
    "keep (we|us|me|i) in the loop (on|about) (anyone|anybody|who)",
    "(send|pass|forward) (the |their |those |any )?name (\\S+ ){0,2}(my|our) way",
    "hear (anything |something )?(about )?who (be )?(be )?organi[sz]e",
    "(shout|word|call|ring|heads - up|tip) (\\S+ ){0,2}on the (side|quiet|q\\.t\\.)",
)
#: Enforcement offered as engagement.
ENFORCEMENT_AS_ENGAGEMENT = W(
    "saturation patrol", "saturation", "zero - tolerance", "zero tolerance", "crackdown", "crack down",
    "sweep", "show of force", "checkpoint", "check point", "stop and frisk", "stop - and - frisk",
    "flood the (area|zone|street|neighborhood|neighbourhood)",
    "back up (a|an|the|their|its|another|any)( \\S+){0,3} (inspection|raid|operation|enforcement|crackdown)",
    # "a high-visibility presence detail ... with proactive traffic enforcement"; "knock-and-talks ... to learn
    # who lives in each unit"
    "high - visibility (\\S+ ){0,2}(detail|patrol|presence|enforcement|operation)", "proactive (\\S+ )?enforcement",
    "knock - and - talk", "knock and talk", "learn who live",
    # "a traffic detail on Carroll Avenue to ticket the double-parked cars" on the day of the banquet
    # (a traffic detail alone keeps an event's streets safe: "separate from the traffic detail")
    "(ticket - writing|ticketing|enforcement) detail", "to ticket (the )?(\\S+ ){0,4}(car|driver|vehicle)",
    # "two officers will park at the mosque entrance through the service"
    "park (\\S+ ){0,3}(at|outside|by|in front of) (\\S+ ){0,3}"
    "(entrance|door|gate|doorway)",
    # "we will step up stop checks on vans and trailers on the A-roads to show the farmers we are serious"
    "(step up|ramp up|intensify|increase|double) (\\S+ ){0,2}(stop check|stop - check|vehicle check|van check|"
    "traffic stop|stop|raid|enforcement)",
)
#: Checking who people are where the police come to make contact: "officers will check IDs each morning", "ask
#: about status where it seems relevant", "run the plates in the lot".
PAPERS_CHECKED = W(
    "check (\\S+ ){0,2}(id|ids|identification|paper|papers|licence|license|licences|licenses|immigration status)",
    "ask (\\S+ ){0,3}(about|for) (\\S+ ){0,2}(status|paper|papers|id|ids|identification|immigration)",
    "run (\\S+ ){0,2}(plate|plates|warrant|warrants|name|names)",
    # "verify attendees' identification", "courtesy identification checks at the entrance", "immigration holds"
    "verify (\\S+ ){0,3}(id|ids|identification|paper|papers|status)", "(id|identification|paper|status) check",
    # "confirm ages against ID and check names for open warrants"
    "(confirm|check) (\\S+ ){0,2}against (id|ids|identification)", "check (\\S+ ){0,2}for (\\S+ )?warrant",
    "immigration (hold|detainer)",
)
#: A gathering spoken of as a threat in itself: "a flashpoint", "that weekend has a way of getting out of hand".
_CROWD_THREAT = ("flashpoint", "get out of hand", "(if|in case) the crowd turn")
CROWD_THREAT = W(*_CROWD_THREAT)
#: A community's own gathering treated as a threat to be policed: "the anniversary has been a flashpoint, so the
#: tactical team will be on standby", "we'll have people staged nearby that Saturday".
SECURITY_POSTURE = W("flashpoint", "tactical (team|unit|squad|officer|gear)", "riot (gear|squad|team|police)",
                     "(special response|swat|srt|field force) (team|squad|unit|folk|officer)", "on standby",
                     "in reserve", "(stage|stag|staged) (\\S+ )?(nearby|close by|around the corner|out of sight)",
                     "(double|extra|additional) patrol", "patrol (be )?double", *_CROWD_THREAT)
#: Showing up at events for the agency's own ends.
SELF_SERVING_PRESENCE = W("recruitment", "recruit", "recruiting", "hand out (ticket|citation|warning)", "write ticket",
                          # the gang unit at a youth tournament, "to get a look at who is running around with whom"
                          "gang (unit|officer|detective|task force|squad)", "get a look at", "known associate",
                          "contact card", "field interview", "who be run (around )?with",
                          "(gather|collect) (tip|intelligence|information)",
                          # enforcement brought to the event: "officers at the celebration will also check licences
                          # and run plates", "serve outstanding warrants door to door ... so families can enjoy the
                          # games", "with our federal task-force liaison on hand"
                          "check (\\S+ )?(licence|license|id|identification|paper|plate|registration|status)",
                          "run (\\S+ )?plate", "serve (\\S+ ){0,2}warrant", "warrant (sweep|check|service)",
                          "(federal|immigration|ice) (\\S+ ){0,2}(agent|liaison)", "checkpoint", "sweep",
                          "verify (\\S+ ){0,3}(id|ids|identification|paper|papers|status)",
                          "(id|identification|paper|status) check", "immigration (hold|detainer)")
#: A leader's number kept for a crisis: "if we ever have a serious incident they are the first people I call", "a
#: day may come when something serious happens". Only a plan that meets no leader before then keeps them for it.
CRISIS_CALL = W(
    # "If we ever have a serious incident (a police shooting, a disturbance, a hate crime), those are the people I
    # will call that night"; "..., you will hear from me directly that same day"
    "if (we|there|something|anything)( ever)? (have|be|face|happen)( ever)?(?: \\S+){0,6} (incident|crisis|emergency|"
    "trouble)(?: \\S+){0,28} (first (people|person|one|call)|call on|call|contact|ring|phone|hear from (i|us|we))",
    "(a|the) day (may|might|could|will) come when", "if (that|such a) day come",
    # "so that if something ever goes wrong I can call them"; "if anything ever happens with one of my officers"
    "if (something|anything) (ever )?(go|goes) wrong", "if (something|anything) (ever )?happen",
    # "if a situation arises there, I have their contact details and I will reach out to their leadership then"
    "if (a|any|an) (situation|crisis|problem|incident|issue) (ever )?(arise|come up|happen|occur)",
    # "their numbers on the precinct's critical-incident call sheet"
    "(critical - incident|emergency|crisis|incident|rapid - contact|rapid - response) (call sheet|contact list|"
    "call list|phone list|contact sheet)",
    # "a contact list ready on my phone ..., so that the minute something like this happens I can call them"
    "(the minute|the moment|as soon as|whenever|next time) (something|anything|an incident|a shooting)(?: \\S+){0,3} "
    "happen",
)
#: Leaders approached only once something has gone wrong.
ONLY_AFTER = W(
    "no (need|point|reason) (to |in )?(meet|bother|contact|call|talk|visit|see|take up)",
    # "I won't take up your time with meetings now"
    "not take up (your|their|his|her|anyone 's) time",
    # "I'm not one for meetings for the sake of meetings"
    "not (\\S+ )?(one|much|big) for (meeting|meet - and - greet)", "(meeting|meet - and - greet) for the sake of",
    # "I won't take up Rabbi Feldblum's, Pastor Pierre's or Ms. Haynes's time with meet-and-greets"
    "not take up (\\S+ ){1,14}time with",
    # "I do not intend to take up your time with meetings"; "I won't burden them with meetings now"
    "not (intend|plan|mean|wish|want) to take up (\\S+ ){1,3}time", "not burden (\\S+ ){1,3}with (meeting|visit|call)",
    # "The gurdwara and The Landing have made their feelings clear. I don't plan to chase them"
    "not (plan|intend|go) to chase (they|them)",
    # "when we next need their help getting information out, we will reach out"
    "when (we|i) (next )?need (their|your|his|her) help",
    # "I don't see much value in more standing meetings; the relationships are there when we need them"
    "(be|stay|remain) there (for we )?when (we|i) need (they|them|it)",
    "not (need|bother) to (meet|contact|call|talk|visit|see)",
    "(meet|call|contact|talk to|visit) (them|the leader|leader|the pastor) only (after|when|if|once)",
    "unless (we|there) (have|be) a (case|problem|incident|call|crisis)", "only when (we|there) (need|have|be) a",
    "not plan on spend (much )?time", "not want to take up ... time", "before we have (real |actual )?business",
    "when (a|the) case (call|require|need)",
    # "If something does happen I'll reach out to the Community Center right away"
    "if (something|anything) (do )?(happen|go wrong)(?: \\S+){0,8} (reach out|call|contact|meet|visit|talk)",
    # "we know who to call if something like this happens again"
    "(call|reach out|contact|ring)(?: \\S+){0,3} if (something|anything)( like (this|that))? (do )?(happen|go wrong)",
    "not see (a|the|any) need for (more |any |further )?(standing |regular |routine )?(meeting|contact|visit)",
)


"""Write the curriculum modules (notebooks/NN-*.ipynb) from the text below.

The notebooks are thin: narrative in markdown, and one or two library calls per
exercise in hidden code cells. Edit the text here and run

    .venv/bin/python tools/make_modules.py

so that every module keeps the same structure: objectives and time first, a
``parameters`` cell for papermill, hidden code, an exercise view per exercise,
a debrief and reflection prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from textwrap import dedent

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from trustlib import load_scenario

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "notebooks"

VERA = ("Vera Institute of Justice, *Police Perspectives: Building Community Trust*, "
        "[“Dealing with contentious incidents”](https://www.vera.org/blog/police-perspectives/"
        "dealing-with-contentious-incidents)")


def md(text: str) -> nbformat.NotebookNode:
    return new_markdown_cell(dedent(text).strip())


def code(source: str, *tags: str) -> nbformat.NotebookNode:
    cell = new_code_cell(dedent(source).strip())
    cell.metadata["tags"] = [*tags, "hide-input"]
    cell.metadata["jupyter"] = {"source_hidden": True}
    return cell


def parameters() -> nbformat.NotebookNode:
    return code('''
        # Parameters: papermill -p learner ID  -p responses FILE  -p answers JSON
        learner = None    # learner id; None means the one chosen in Start here, else demo
        responses = None  # path of a learner responses file to grade: read, never written
        answers = None    # {"exercise-id": answer} to grade: text, or a list of step ids
    ''', "parameters")


def setup(scenario: str | None) -> nbformat.NotebookNode:
    arg = f', scenario="{scenario}"' if scenario else ""
    return code(f'''
        # Setup: who you are and where your answers are kept
        from trustlib.exercise import Session
        session = Session(learner, responses, answers{arg})
        session.status()
    ''')


def show(scenario: str, exercise: str) -> nbformat.NotebookNode:
    title = load_scenario(scenario).exercise(exercise).title
    return code(f'# Exercise: {title}\nsession.show("{scenario}", "{exercise}")')


def brief(scenario: str, at: str | None = None) -> nbformat.NotebookNode:
    title = load_scenario(scenario).title
    call = f'session.brief("{scenario}"' + (f', at="{at}")' if at else ")")
    return code(f"# Briefing: {title}\n{call}")


def inject(scenario: str, at: str) -> nbformat.NotebookNode:
    return code(f'# What is new at {at}\nsession.inject("{scenario}", "{at}")')


def header(title: str, minutes: int, objectives: list[str], intro: str, how: bool = True) -> nbformat.NotebookNode:
    goals = "\n".join(f"- {o}" for o in objectives)
    tail = f"\n\n{dedent(HOW).strip()}" if how else ""
    return md(f"# {title}\n\n**Time:** about {minutes} minutes\n\n**By the end of this module you will be able "
              f"to:**\n\n{goals}\n\n{dedent(intro).strip()}{tail}")


HOW = """
> **How this page works.** Read from top to bottom. Where you see a box, type your answer,
> then click **Check my answer**: feedback appears at once, principle by principle. Click
> **Try again** to revise (your previous attempt stays visible), and **Show model answer**
> once you have tried. Your work is saved as you type; you can close this page and come back.
> If a box does not appear, choose *Run → Run All Cells* from the menu.
"""


def module(name: str, title: str, minutes: int, teaches: list[str], cells: list) -> tuple[str, nbformat.NotebookNode]:
    nb = new_notebook(cells=cells)
    for i, cell in enumerate(nb.cells):
        cell.id = f"{name[:2]}-{i:02d}"  # stable ids: rebuilding gives a clean diff
    nb.metadata.update({
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
        "trustlib": {"module": name, "title": title, "minutes": minutes, "teaches": teaches},
    })
    return name, nb


# ---------------------------------------------------------------------------------------------------
def start_here():
    return module("01-start-here", "Start here", 10, [], [
        header("Module 1 — Start here", 10, [
            "say what this course is for and what the guidance behind it asks of you;",
            "choose the learner id under which your answers are kept;",
            "read the feedback: the four levels, the highlighted sentences and the suggestions.",
        ], f"""
        This course is about the hardest days in policing: the days after an officer shoots
        someone, or after force is caught on video. It follows one short piece of guidance, the
        {VERA}. Its core advice after an incident fits in one line:

        > “law enforcement should be open and honest with the public, inform them of the facts,
        > avoid demonizing the victim, and admit any wrongdoing on the part of the officer
        > involved.” — Vera Institute of Justice

        and its advice before an incident is to build the relationships you will need *before*
        you need them. You will practise both on realistic cases, in seven modules (about three
        hours in all):

        | module | what you practise | time |
        |---|---|---|
        | 1. Start here | how the modules work | 10 min |
        | 2. Trust before the incident | an engagement plan for a precinct | 30 min |
        | 3. The first hours | choosing and ordering the first steps | 25 min |
        | 4. The public statement | the first statement to the public | 35 min |
        | 5. Community partners | a message to established partners | 20 min |
        | 6. Your own officers | a message to the department; support and accountability | 25 min |
        | 7. Capstone | a week-long incident, hour by hour | 45 min |
        """, how=False),
        parameters(),
        setup(None),
        md("""
        ## Step 1: choose your learner id

        Type an id your instructor will recognise (your badge number, or your initials and
        agency) and click **Save my learner id**. Every module then keeps your answers under that
        id, in one file on this computer. If you skip this, you work as the *demo* learner.
        """),
        code("""
        # Your learner id
        from trustlib.widgets import LearnerView
        LearnerView(session)
        """),
        md(f"""
        ## Step 2: how feedback works

        Each exercise is scored against **principles** drawn from the guidance: sixteen in all,
        grouped as *before an incident*, *the public response*, *your own officers*, and
        *throughout*. For each principle an exercise covers, you see a level, shown both in
        colour and in words:

        | level | means |
        |---|---|
        | ✔ met | your answer does what the principle asks |
        | ◐ partly met | a start, but something the principle asks for is missing |
        | ○ not addressed | the answer does not touch it yet |
        | ✖ violated | the answer does what the guidance warns against, for example blames the person harmed |

        Below the levels you see **your own sentences, highlighted**: ✔ where a sentence earned
        credit and ✖ where it lost it, with the reason when you point at it. Each principle
        ends with **one concrete suggestion**, and a *guidance ↗* link to what the principle
        rests on. The score out of 100 is only a summary: read the principles.

        Here is the feedback on a weak first statement about a different case, a death in
        custody in Dunmore. Notice the euphemism (“medical incident”), the speculation about the
        woman's state, and what is missing.
        """),
        code('''
        # Example: the feedback on a weak statement
        session.example("dunmore-custody-death", "public-statement",
            "This afternoon officers responded to a call about an emotionally disturbed person. "
            "The subject became combative and was restrained. She then suffered a medical incident "
            "and was transported to hospital, where she later died. She had a history of drug use. "
            "The officers followed their training. We will release more information at the "
            "appropriate time.")
        '''),
        md("""
        The statement hides who did what (“was restrained”, “suffered a medical incident”),
        puts the woman's past on trial, clears the officers before anyone knows what happened,
        and promises information at no stated time. You will learn to do each of these the other
        way round.

        ## Step 3: where your answers are kept

        - Your answers are saved **as you type** (every couple of seconds) and **every time you
          click Check my answer**, in the file shown at the top of each module. Nothing you type
          is lost if you close the page or the computer restarts: reopen the module and your
          draft is back in its box.
        - The model answer is offered only **after** your first attempt: try first, then compare.
        - Your instructor may collect your answers file, or the saved modules, to see where the
          class needs more time.

        ## Two ways to open a module

        - **In JupyterLab** (the usual way): open the module from the file list on the left; the
          code is hidden, and if the exercise boxes do not show, choose *Run → Run All Cells*.
        - **As an app**, with no code or menus at all: your instructor can open any module with
          Voila (see the course README).

        ## Reflection

        - Think of a contentious incident you remember from the news. What did the first police
          statement say, and how did people react to it?
        - Which of the four levels do you expect to see most on your first attempts?

        When you are ready, open **Module 2 — Trust before the incident**.
        """),
    ])


# ---------------------------------------------------------------------------------------------------
def trust_before():
    sc = "riverside-before"
    teaches = ["engage-personally", "show-up-at-community-events", "respect-every-encounter", "meet-all-groups",
               "cultural-awareness", "know-key-leaders", "transparency-and-accountability"]
    return module("02-trust-before", "Trust before the incident", 30, teaches, [
        header("Module 2 — Trust before the incident", 30, [
            "explain why relationships built before an incident decide how the first night goes;",
            "plan routine, person-to-person engagement with every kind of community group;",
            "use a community's customs and know its key leaders before you need them.",
        ], f"""
        > “By taking steps to build trust and partnerships with community members *before* a
        > contentious encounter occurs, however, police officials can ensure that their
        > *post*-contentious encounter response is less reactive and more thoughtful.”
        > — {VERA}
        """),
        parameters(),
        setup(sc),
        md("""
        ## Six habits that build trust before anything goes wrong

        When something goes wrong, the people you call that night are the people you already
        know. The guidance lists strategies for officers; in this course's words they are six
        habits:

        1. **Engage person to person** (`engage-personally`). Get out of the car or the office and
           talk with residents face to face, routinely, not only when something has happened. A
           foot patrol on the same blocks every week, a stop at the same corner store, a name
           remembered.
        2. **Show up at community events** (`show-up-at-community-events`). Go to the community's
           own events (a block party, a youth game, a fundraiser, a service), out of the
           enforcement role, and with your family where that fits. People should see a neighbour,
           not only a uniform.
        3. **Respect in every encounter** (`respect-every-encounter`). Every contact, from a
           traffic stop to a complaint at the front desk, builds or spends trust. Introduce
           yourself, explain why you stopped someone, follow up.
        4. **Meet every community group** (`meet-all-groups`). Not only the crime-watch and the
           business association: the parent-teacher group, the youth programme, the tenants'
           association, the mosque and the temple, including groups with no use to police work.
        5. **Know the community's cultural norms** (`cultural-awareness`). How people expect to be
           addressed, which language to use, and which elder or leader must be approached first.
           Getting this wrong in a calm week is an embarrassment; getting it wrong on the night of
           a shooting can close a door.
        6. **Know key leaders before you need them** (`know-key-leaders`). Know the pastors, the
           imams, the association chairs and the youth workers personally, and step outside your
           comfort zone to do it: a different house of faith, a league you have never visited.

        And one principle that runs through everything: **transparency and accountability**
        (`transparency-and-accountability`): engage the public proactively (publish what you do,
        report back, make yourself reachable) so that trust exists before the next incident.

        > “Establishing relationships in the community before contentious incidents occur will
        > make it easier to work collaboratively with local leaders, residents, officials, and
        > organizations …” — Vera Institute of Justice

        ## The case: Riverside, before anything has happened

        Read the briefing. Open *The community* and note the groups, the leaders, and the
        customs. The scorer will look for them in your plan.
        """),
        brief(sc),
        md("""
        ## Exercise 1: an engagement plan

        Write the plan. Name real groups and leaders from the briefing, say what you will do,
        how often, and who goes; use the customs.
        """),
        show(sc, "engagement-plan"),
        md("""
        ## Exercise 2: your first month

        Now make it concrete: what will you do in the first four weeks, week by week?
        """),
        show(sc, "first-month"),
        md("""
        ## Debrief: what experienced commanders do

        - **They make contact routine and small.** Weekly foot patrols on the same blocks, a
          standing coffee, a seat at the association's monthly meeting. A single big event does
          not build a relationship; repetition does.
        - **They go where the community already gathers.** Meetings held at the church hall or
          the community centre, not at the station, and on the community's schedule.
        - **They start with the leader custom says to start with**, use titles and languages
          correctly, and ask how the group wants to work with them.
        - **They widen the circle on purpose.** Each month, one group that has had little contact
          with police: a youth league, a newer congregation, a tenants' association.
        - **They report back.** Publishing stop data or complaint outcomes, and explaining them
          at a community meeting, is what turns contact into trust.

        The test comes later: in Modules 3 to 7 you will need to call people on the night of an
        incident. A plan that names them now is what makes that call possible.
        """),
        md("""
        ## Reflection

        Answer in the box: this one is scored as well.
        """),
        show(sc, "reflection"),
        md("""
        Some questions to think about beyond the box:

        - Which group in your own area have you never met? What would it take to meet them
          this month?
        - Who would you call first on the night of a shooting in your area? Do you have their
          number, and would they pick up?
        """),
    ])


# ---------------------------------------------------------------------------------------------------
def first_hours():
    sc = "harlow-creek-shooting"
    teaches = ["announce-agency-response", "support-officers", "include-officers-in-messaging",
               "engage-community-partners", "accountability-with-officer-rights"]
    return module("03-first-hours", "The first hours", 25, teaches, [
        header("Module 3 — The first hours", 25, [
            "choose the steps that must happen in the first hours after a police shooting;",
            "put them in an order that respects the family, your officers and your partners;",
            "recognise steps that feel decisive but do harm.",
        ], """
        The first statement is only one of many things that must happen in the first hours, and
        the order matters as much as the steps. Who hears first: the family, or the television?
        Your officers, or the reporters? Your partners, or the crowd?
        """),
        parameters(),
        setup(sc),
        md("""
        ## What has to happen, and in what order

        The guidance asks that *“the community should also be made aware of the agency's
        immediate response”* (Vera Institute of Justice). Here that means several parallel
        duties:

        - **Announce the agency's response** (`announce-agency-response`): the evidence secured,
          the investigation handed to an independent body, the officer's duty status. None of it
          can be announced unless it has been done.
        - **Support the officers** (`support-officers`): the officer who fired is taken away from
          the scene and the media, given access to a clinician and a peer-support officer, and
          told what the administrative steps mean, so that leave is not read as punishment (IACP
          Psychological Services Section, *Officer-Involved Shooting Guidelines*, 2013).
        - **Include officers in the messaging** (`include-officers-in-messaging`): officers hear
          the department's position from their own command *before* the media do. The guidance:
          *“Officers should feel included in the public messaging after a contentious encounter,
          particularly when information is shared with the media.”*
        - **Engage community partners** (`engage-community-partners`): call the partners you
          already have, yourself, before the statement, and ask them to help shape a meeting.
        - **Accountability with officer rights** (`accountability-with-officer-rights`): no
          verdict in either direction tonight. The officer's name is not released before a
          threat check; the public still gets a date for it.

        Agencies that publish timelines give a useful clock (Seattle Police Department Manual
        1.115; CDC Crisis and Emergency Risk Communication): a holding statement within about an
        hour; within 24 hours the family notified before the person is named, the officer on
        administrative leave and the independent investigator named; officers' names at about 48
        hours; video or an evidence briefing at about 72 hours.

        ## The case: Harlow Creek, twenty minutes after the shooting
        """),
        brief(sc),
        md("""
        ## Exercise: choose and order the steps

        Tick the steps you would take between now and midnight, then use ↑ and ↓ to put them in
        order, first at the top. Some options are essential, some good but optional, and some do
        harm.
        """),
        show(sc, "first-hours"),
        md("""
        ## Debrief: what experienced commanders do

        - **Evidence and the officer first.** Secure the scene, the body-camera footage and the
          weapon, hand the case to the independent investigator, and take the officer out of the
          scene to support. Everything you later promise depends on these.
        - **The family before the public.** A lieutenant and a chaplain, in person; only then may
          the person be named.
        - **Your own people before the cameras.** A short roll-call briefing on what the statement
          will say costs minutes and saves weeks of rumour inside the department.
        - **Partners before the statement.** A call from the Chief to people who already know
          the department turns them into a channel; a press conference they learn of on TV turns
          them into critics.
        - **Then the statement**, with clocks for the video and the names.
        - **Never tonight:** the person's record, “acted within policy”, “we stand behind our
          officers”, “no comment”, or the officer's name before a threat check.

        ### If you have time: a second case

        Dunmore: a woman in a mental-health crisis died after being held face-down. The same
        logic, different traps: the medical examiner has not ruled, and “medical incident” is the
        euphemism that tempts.
        """),
        brief("dunmore-custody-death"),
        show("dunmore-custody-death", "first-hours"),
        md("""
        ## Reflection

        - Which step did you put later than the model answer, and why did it feel less urgent?
        - Who in your agency actually makes each of these calls tonight? Is it written down?
        - Which harmful step have you seen an agency take, and what did it cost them?
        """),
    ])


# ---------------------------------------------------------------------------------------------------
def public_statement():
    sc = "harlow-creek-shooting"
    teaches = ["open-and-honest", "inform-of-facts", "no-victim-demonizing", "admit-wrongdoing",
               "announce-agency-response", "transparency-and-accountability"]
    return module("04-public-statement", "The public statement", 35, teaches, [
        header("Module 4 — The public statement", 35, [
            "write a first statement that says plainly who did what, and what is and is not known;",
            "avoid the wording that blames the person harmed or clears the officer too early;",
            "tell the public what the agency is doing now, and when they will hear more.",
        ], f"""
        > “After a contentious incident has occurred, law enforcement should be open and honest
        > with the public, inform them of the facts, avoid demonizing the victim, and admit any
        > wrongdoing on the part of the officer involved.” — {VERA}
        """),
        parameters(),
        setup(sc),
        md("""
        ## Six things a first statement does

        1. **Open and honest** (`open-and-honest`): plain, direct language that names who acted:
           “an officer shot Darnell Hayes”, not “shots were fired” or “an officer-involved
           shooting”. Research on police-sourced news finds that passive, agentless wording makes
           readers hold officers less responsible (Moreno-Medina, Ouss, Bayer & Ba, *Quarterly
           Journal of Economics*, 2025); the AP Stylebook (2020) advises against
           “officer-involved”. No spin, and no “no comment”.
        2. **Inform of the facts** (`inform-of-facts`): what, when, where, who is affected, and
           **what is not yet known**, said as unknown. Do not speculate: “he appeared to reach
           for his waistband” states as fact something nobody knows yet. In seven high-profile
           deaths reviewed by the *Washington Post* (2023), the first police account proved
           misleading, incomplete or wrong.
        3. **No victim demonizing** (`no-victim-demonizing`): no criminal history, drug use,
           character attacks or loaded labels (“thug”, “suspect” for someone not suspected of a
           crime). Seattle's manual releases a record only if it is relevant **and** was known to
           the officers beforehand (Seattle Police Department Manual 1.115). Most of 105 news
           narratives studied cast the person killed as a threat (Hirschfield & Simon, 2010):
           do not hand reporters that frame.
        4. **Admit wrongdoing** (`admit-wrongdoing`): where the facts show the officer did wrong,
           say so plainly; where they do not yet, do not pre-judge the officer as justified
           (“acted within policy”, “had no choice”). Acknowledging responsibility and
           apologising worked best with the least-trusting residents (O'Brien, Meares & Tyler,
           2020).
        5. **Announce the agency's response** (`announce-agency-response`): who investigates
           (independently, where possible), the officer's duty status, and any change to policy,
           practice or training.
        6. **Transparency and accountability** (`transparency-and-accountability`): clocks, not
           “at the appropriate time”: when the video comes out, when the next update is, and how
           to reach you.

        A first crisis message, in the CDC's Crisis and Emergency Risk Communication guidance,
        expresses empathy, gives confirmed facts, says what is not yet known, how answers will be
        found and when the next update comes.

        ## The case: Harlow Creek, 10:45 p.m.
        """),
        brief(sc),
        md("""
        ## Exercise 1: the first statement

        Write the statement the Chief will read to the cameras at 10:45 p.m. and post online.
        """),
        show(sc, "public-statement"),
        md("""
        ## Debrief: what strong statements do

        - **The first sentence names who did what**, with time and place: “At about 9:40 tonight,
          a Harlow Creek police officer shot and killed Darnell Hayes, 34 …”.
        - **Unknowns are stated as unknowns**, with a promise not to speculate: “We do not yet
          know what Mr. Hayes was holding … and we will not speculate.” A sentence like that
          earns credit; naming his record, even to deny its relevance, does not belong.
        - **Fault is left to the investigation**, said in those words, when it is not yet
          established, and admitted plainly when it is (see Exercise 2).
        - **The agency's response is concrete:** the State Bureau of Investigation leads, the
          prosecutor reviews, the officer is on paid administrative leave.
        - **Clocks:** the video to the family and then the public within 72 hours; the next
          update tomorrow at noon; a named contact.
        - **Empathy and partners:** condolences to a family that has been told; a meeting at the
          community's own venue, arranged with the partners.

        ### If you have time: when the facts show wrongdoing

        Eastgate: an officer punched a handcuffed man on video, and the department's own review
        has found the strikes violated policy. Here, *admitting wrongdoing* means saying so
        plainly, with an apology and a concrete change.
        """),
        brief("eastgate-restraint-video"),
        show("eastgate-restraint-video", "public-statement"),
        md("""
        ## Reflection

        - Read your first attempt aloud. Which sentence would a grieving parent hear first?
        - Which agentless phrase (“shots were fired”, “a struggle ensued”, “officer-involved”)
          does your agency habitually use? What would it sound like with the actor named?
        - When is a person's record ever relevant in a first statement? Who decides?
        """),
    ])


# ---------------------------------------------------------------------------------------------------
def partners():
    sc = "harlow-creek-shooting"
    teaches = ["engage-community-partners", "know-key-leaders", "cultural-awareness"]
    return module("05-community-partners", "Community partners", 20, teaches, [
        header("Module 5 — Community partners", 20, [
            "reach out to established partners yourself, before they hear the news elsewhere;",
            "treat partners as community representatives: listen, and ask them to shape the response;",
            "use the customs and the leaders you learned in Module 2.",
        ], f"""
        > “Police officials can reach out to community members with whom they've already
        > established strong partnerships and work with them as community representatives.”
        > — {VERA}
        """),
        parameters(),
        setup(sc),
        md("""
        ## Partners are not an audience

        **Engage community partners** (`engage-community-partners`) means more than copying
        partners on the press release. A message to a partner on the night of an incident:

        - comes **from you, before the public statement**, so they do not learn it from TV;
        - gives them **the same honest facts and unknowns** as the public (never a softer or a
          harder version);
        - **asks for their help** in shaping a listening meeting where residents can be heard,
          at a place the community chooses;
        - **commits to a next contact** and gives a number that answers.

        It only works if you **know key leaders before you need them** (`know-key-leaders`) and
        respect the **community's cultural norms** (`cultural-awareness`): in Harlow Creek,
        clergy are addressed by title and surname, Reverend Greene convenes the other clergy, a
        third of Alder Street speaks Spanish at home, and east-side meetings are held at Greater
        Hope Baptist Church, not at the station.

        ## The case: Harlow Creek, before the statement goes out
        """),
        brief(sc),
        md("## Exercise: a message to your partners"),
        show(sc, "partner-message"),
        md("""
        ## Debrief: what good partner messages do

        - **Address each partner properly, by name and title**, and say why they are hearing it
          from you first.
        - **Same facts, same unknowns** as the public statement, including what was *not* found.
        - **An ask, not a script:** “if you will help shape it”; a meeting in English and
          Spanish, at the church, tomorrow evening.
        - **A direct line** and a commitment to call again before the next public update.
        - **Nothing about the person's past**, and no request to “calm people down”: partners
          represent the community, they do not manage it for you.

        ### If you have time: a second case

        Dunmore's partners include a mental-health advocacy group. What do they need to hear
        that a church does not?
        """),
        brief("dunmore-custody-death"),
        show("dunmore-custody-death", "partner-message"),
        md("""
        ## Reflection

        - Which partners in your own area could you call tonight, by name? Which ones could not
          call *you*?
        - What would you ask a partner to do, and what would you never ask?
        """),
    ])


# ---------------------------------------------------------------------------------------------------
def officers():
    sc = "harlow-creek-shooting"
    teaches = ["support-officers", "include-officers-in-messaging", "accountability-with-officer-rights"]
    return module("06-own-officers", "Your own officers", 25, teaches, [
        header("Module 6 — Your own officers", 25, [
            "support the officers involved and their colleagues in concrete ways;",
            "keep officers informed and included before information goes to the media;",
            "centre messaging on accountability while protecting the officers' rights.",
        ], f"""
        > “Officers need to feel they are supported by their colleagues and senior management.”
        > — {VERA}
        """),
        parameters(),
        setup(sc),
        md("""
        ## Three duties to your own people

        1. **Support officers** (`support-officers`). The guidance names leave time to process
           the incident, informal discussions, and access to counselling. The IACP Psychological
           Services Section's guidelines (2013) add: a licensed mental-health professional
           retained in advance, immediate distance from the scene and the media, the
           administrative steps explained so that they are not read as a personal attack, and
           notifying the officer's own family.
        2. **Include officers in messaging** (`include-officers-in-messaging`): *“Officers should
           feel included in the public messaging after a contentious encounter, particularly when
           information is shared with the media.”* (Vera Institute of Justice). They hear it
           from command first, with the statement attached.
        3. **Accountability with officer rights** (`accountability-with-officer-rights`):
           *“Messaging should be focused on accountability and responsibility, while protecting
           the rights of the officers involved.”* (Vera Institute of Justice). Due process, union
           representation, no public naming before a threat check (many agencies withhold a name
           for about 48 hours and tell the officer before it is released), and no verdict in
           either direction before the facts are in.

        Support and accountability are not opposites. “We stand behind our officers” before any
        investigation fails both: it pre-judges the case, and it offers the officer nothing
        concrete.

        ## The case: Harlow Creek, 10:30 p.m.
        """),
        brief(sc),
        md("## Exercise 1: the Chief's message to the department"),
        show(sc, "officer-message"),
        md("""
        ## Debrief: what good internal messages do

        - **Facts first, from the Chief, before the media**, with the public statement attached.
        - **Administrative leave explained** as standard and not a judgement.
        - **Named, concrete support:** the psychologist's name and number, a peer-support debrief
          with a time, time off on request.
        - **Accountability in plain words:** the independent investigation decides; the
          department cooperates; the officer gets a fair process and representation; the name
          is withheld on a stated clock.
        - **A promise to keep them informed** before each public update.

        ### If you have time: when the officer was wrong

        In Eastgate, the department's own review found that the strikes on a handcuffed man
        violated policy. Supporting officers and protecting their rights is harder, and still
        required, when the facts are against one of them.
        """),
        brief("eastgate-restraint-video"),
        show("eastgate-restraint-video", "officer-message"),
        md("## Reflection (scored)"),
        show("eastgate-restraint-video", "reflection"),
        md("""
        Beyond the box:

        - Who in your agency would call the officer's own family tonight?
        - What does your union contract say about naming officers? Is it written down for the
          public as well?
        """),
    ])


# ---------------------------------------------------------------------------------------------------
def capstone():
    sc = "millbrook-capstone"
    teaches = ["open-and-honest", "inform-of-facts", "no-victim-demonizing", "admit-wrongdoing",
               "announce-agency-response", "engage-community-partners", "support-officers",
               "include-officers-in-messaging", "accountability-with-officer-rights",
               "transparency-and-accountability"]
    return module("07-capstone", "Capstone", 45, teaches, [
        header("Module 7 — Capstone: one week in Millbrook", 45, [
            "carry one incident from the first hour to the end of the first week;",
            "change your answer as new facts arrive, without contradicting what you said before;",
            "see your own results across all the principles of the course.",
        ], """
        This is a simulation. Time moves forward: at each stage new facts arrive (what the
        investigators found, what the video shows) and **what a good answer is changes with
        them**. Write each answer for the moment you are in; the scorer reads each one against
        the facts as they stood then.

        You will use everything from the course: open and honest language, facts and unknowns,
        no blame on the person harmed, admitting wrongdoing when it is shown, announcing what the
        agency is doing, working with partners, supporting and including your own officers,
        and keeping every clock you set.
        """),
        parameters(),
        setup(sc),
        md("""
        ## What you bring to this week

        A reminder of the principles you will be scored on, and where they were taught:

        | principle | in one line | module |
        |---|---|---|
        | Open and honest (`open-and-honest`) | name who acted; no spin, no “no comment” | 4 |
        | Inform of the facts (`inform-of-facts`) | facts known, and unknowns said as unknown | 4 |
        | No victim demonizing (`no-victim-demonizing`) | no record, labels or blame | 4 |
        | Admit wrongdoing (`admit-wrongdoing`) | say it plainly when it is shown; never clear early | 4 |
        | Announce the agency's response (`announce-agency-response`) | investigation, duty status, changes | 3, 4 |
        | Engage community partners (`engage-community-partners`) | call them first; ask them to shape the response | 5 |
        | Support officers (`support-officers`) | distance, a clinician, time, explained steps | 6 |
        | Include officers in messaging (`include-officers-in-messaging`) | they hear it before the media | 6 |
        | Accountability with officer rights (`accountability-with-officer-rights`) | accountability, due process, no naming early | 6 |
        | Transparency and accountability (`transparency-and-accountability`) | clocks, updates, a contact | 2, 4 |

        ## Stage 1 — T+1 hour: the first morning

        It is about 8:50 a.m. The first steps have to be ordered, and the first statement is due.
        """),
        brief(sc, "T+1h"),
        show(sc, "first-hours"),
        show(sc, "public-statement"),
        md("""
        ## Stage 2 — T+24 hours: the first update

        A day has passed. Read what has changed before you write: some questions are now
        answered, and some of what you could only call unknown yesterday is now a fact. Your
        update must stay consistent with what you said at T+1h, and say plainly what is new.
        """),
        inject(sc, "T+24h"),
        show(sc, "update-24h"),
        md("""
        ## Stage 3 — T+72 hours: the videos

        Most agencies that publish a timeline release the video or an evidence briefing at
        about 72 hours (Seattle Police Department Manual 1.115; Las Vegas Metropolitan Police
        Department). Read what the footage shows; then your partners and your own officers need
        to hear from you before the public does.
        """),
        inject(sc, "T+72h"),
        show(sc, "partner-message"),
        show(sc, "officer-message"),
        md("""
        ## Stage 4 — One week: accountability and change

        A week on, the department's own review has reported. If the facts now show wrongdoing,
        this is where you admit it plainly, with an apology and a concrete change (O'Brien,
        Meares & Tyler, 2020; an apology with a concrete plan of action raised willingness to
        cooperate in an Arizona State University study, N=536).
        """),
        inject(sc, "1 week"),
        show(sc, "one-week-statement"),
        md("## Reflection (scored): looking back on the week"),
        show(sc, "reflection"),
        md("""
        ## Debrief: your results across the course

        Click **Show my results** for every principle you have been scored on, in every module
        you have checked an answer in: the level of your latest answer to each exercise, in
        colour and in words, and your mean score per principle. Look for the principles that
        are still ◐ or ○ and go back to the module that teaches them.
        """),
        code("""
        # Your results across the course
        from trustlib.widgets import show_results
        show_results(session)
        """),
        md("""
        ## What experienced commanders say about the first week

        - **Every clock you set is a promise.** The video at 72 hours, the names at 48, the next
          update at noon: a missed clock costs more trust than a later one honestly set.
        - **Update, do not rewrite.** When the facts change, say what you said before, what you
          know now, and what that means, in plain words.
        - **Admit it when it is shown.** An apology plus a concrete change (training, policy,
          supervision) does more for trust than any defence.
        - **The partners you called on night one** should be in the room when the change is
          announced.
        - **Your officers hear it first, every time**, including when the news is bad for one of
          them.

        ## Reflection: looking back on the course

        - Which principle was hardest for you, and why?
        - What is one thing you will do in your own agency in the next month, before any
          incident happens?

        Thank you for completing the course.
        """),
    ])


MODULES = [start_here, trust_before, first_hours, public_statement, partners, officers, capstone]


def main(argv: list[str]) -> int:
    """``make_modules.py [--out DIR] [01 04 ...]``: write all modules, or the ones named."""
    out = OUT
    if "--out" in argv:
        i = argv.index("--out")
        out = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    out.mkdir(parents=True, exist_ok=True)
    wanted = set(argv)
    for build in MODULES:
        name, nb = build()
        if wanted and name not in wanted and name[:2] not in wanted:
            continue
        nbformat.validate(nb)
        path = out / f"{name}.ipynb"
        nbformat.write(nb, str(path))
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Round 20 of the event coder, on our own sentences through the real pipeline: a verdict on an
act told before targets its doer even when the parser hangs the judged noun on the verdict; a
state's seat threatened stands for the state; a party rejecting results a state body declared
targets that body; "its leaders" outside the subject are another group's; talks praised are
both parties'. Each rule has a case where it must not fire."""

from __future__ import annotations

from event_checks import first_on, summary


def codes(actors):
    return {a.code for a in actors}


# ------------------------------------------------------------- a verdict on a told act

def test_a_verdict_with_two_predicates_read_targets_the_doer(code):
    evs = code("Pakistani troops shelled Afghan positions on Sunday. "
               "The Taliban spokesman called the shelling a provocation.").events
    e = first_on(evs, "called")
    assert e.cameo == "111" and codes(e.target) == {"PAKMIL"}, summary(evs)


def test_a_verdict_with_the_judged_noun_as_a_modifier_targets_the_doer(code):
    evs = code("Ecuadorian troops attacked a Peruvian border post on Monday. "
               "Peru's foreign minister called the incursion a violation of its sovereignty.").events
    e = first_on(evs, "called")
    assert e.cameo == "111" and codes(e.target) == {"ECUMIL"}, summary(evs)


def test_a_plain_naming_is_no_verdict(code):
    evs = code("The ministry called the operation a success.").events
    assert not any(e.cameo == "111" for e in evs), summary(evs)


# ------------------------------------------------------------- a seat of the state

def test_a_threat_to_the_national_palace_targets_the_home_state(code):
    evs = code("Gunmen attacked a market in Port-au-Prince on Sunday. "
               "The gang threatened to target the national palace.").events
    e = first_on(evs, "target")
    assert e.cameo.startswith("13") and codes(e.target) == {"HTIGOV"}, summary(evs)


def test_a_palace_in_a_story_of_two_states_is_nobodys(code):
    evs = code("Pakistani jets struck Kabul on Sunday. The Taliban threatened to target the national palace.").events
    e = first_on(evs, "target")
    assert not e.target, summary(evs)


# ------------------------------------------------------------- declared results

def test_a_party_rejecting_declared_results_targets_the_declarer(code):
    evs = code("The electoral council declared Nasry Asfura the winner on Tuesday. "
               "The Liberal Party rejected the official results.").events
    e = first_on(evs, "rejected")
    assert e.target and all(a.sector == "GOV" for a in e.target), summary(evs)


def test_the_declarer_rejecting_results_does_not_target_itself(code):
    evs = code("The electoral council declared Nasry Asfura the winner on Tuesday. "
               "The council rejected the results of an independent count.").events
    e = first_on(evs, "rejected")
    assert not e.target, summary(evs)


# ------------------------------------------------------------- its leaders

def test_its_leaders_outside_the_subject_are_the_group_named_before(code):
    evs = code("The ELN attacked a pipeline in Arauca on Friday. "
               "The defence minister vowed to arrest its commanders.").events
    e = first_on(evs, "arrest")
    assert codes(e.target) == {"COLREB"}, summary(evs)


def test_its_leaders_skip_a_town_and_the_clause_subject(code):
    evs = code("Russia expelled two diplomats on Monday. Britain said it would sanction its leaders.").events
    e = first_on(evs, "sanction")
    assert codes(e.target) == {"RUS"}, summary(evs)


def test_its_own_fighters_as_subject_stay_the_subjects(code):
    evs = code("The ELN said its fighters would respect the ceasefire.").events
    e = first_on(evs, "respect")
    assert codes(e.source) == {"COLREB"} and not e.target, summary(evs)


# ------------------------------------------------------------- talks praised

def test_talks_praised_are_both_parties(code):
    evs = code("Colombia's government negotiated with the ELN in Caracas this week. "
               "The UN envoy praised the talks.").events
    e = first_on(evs, "praised")
    assert codes(e.target) == {"COLGOV", "COLREB"}, summary(evs)


def test_a_shelling_condemned_is_only_its_doer(code):
    evs = code("Pakistan shelled Afghan border posts on Monday. China condemned the shelling.").events
    e = first_on(evs, "condemned")
    assert codes(e.target) == {"PAK"}, summary(evs)

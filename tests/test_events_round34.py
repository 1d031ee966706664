"""Round 34 of the event coder, on our own sentences through the real pipeline: a bare "X said"
whose content is counterfactual, conditional or hedged is not coded (as "according to" is not); a description of
whoever did an act is not accused of it; a suspected cause not ruled out is no threat; "both
sides" are the parties of the talks told before; "the talks" are those talks however far back,
and what they produced is coded too; an act of other parties in an "after" clause is told; a
fault found with an actor after "said" is criticism; "the mission" is the named mission. Each
rule has a case where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def said(evs):
    return [e for e in evs if e.trigger == "said"]


def test_a_counterfactual_statement_is_not_coded(code):
    evs = code("Had the truce been renewed, the convoy would probably not have been ambushed, "
               "a Peruvian police captain said.").events
    assert not said(evs), summary(evs)


def test_a_conditional_quote_is_not_coded(code):
    evs = code('"If the rebels cannot prove that they control their units, the government will have '
               'little reason to return," said Maria Gomez, a lecturer in Lima.').events
    assert not said(evs), summary(evs)


def test_without_x_would_have_is_not_coded(code):
    evs = code("Without the navy's fast response, the tanker would have reached Iranian waters within "
               "hours, a Greek naval officer said.").events
    assert not said(evs), summary(evs)


def test_a_hedged_statement_is_not_coded(code):
    evs = code("Several diplomats said the sailors may have been acting on orders from Iranian intelligence.").events
    assert not said(evs), summary(evs)


def test_a_plain_statement_stays(code):
    evs = code("A Greek naval officer said the tanker reached Iranian waters within hours.").events
    assert said(evs) and said(evs)[0].modality.factual, summary(evs)
    # a commitment with a bare "if necessary" is no condition; a question told is no hedge
    evs = code("We will consider other options if necessary, said the Peruvian interior minister.").events
    assert said(evs), summary(evs)
    evs = code("The Peruvian interior minister explained where the money might have gone.").events
    assert [e for e in evs if e.trigger == "explained"], summary(evs)


def test_describing_the_attackers_accuses_no_one(code):
    evs = code("Police commanders said the gunmen used rocket-propelled grenades before fleeing toward the border.").events
    assert not [e for e in evs if e.cameo.startswith("112")], summary(evs)


def test_a_named_attacker_is_still_accused(code):
    evs = code("Ukrainian officials said Russian forces shelled Kharkiv overnight.").events
    e = first_on(evs, "said")
    assert e.cameo == "112" and countries(e.target) == {"RUS"}, summary(evs)


def test_a_suspected_cause_not_ruled_out_is_no_threat(code):
    evs = code("The Finnish president said Helsinki would not rule out deliberate sabotage.").events
    assert not [e for e in evs if e.cameo[:2] == "13"], summary(evs)
    evs = code("Oslo has not ruled out foreign involvement in the pipeline damage.").events
    assert not [e for e in evs if e.cameo[:2] == "13"], summary(evs)


def test_force_not_ruled_out_stays_a_threat(code):
    evs = code("Ankara did not rule out a ground operation against the militants.").events
    assert first_on(evs, "rule").cameo[:2] == "13", summary(evs)


def test_both_sides_are_the_parties_of_the_talks(code):
    evs = code("Peru's government broke off peace talks with the Shining Path on Monday after an ambush. "
               "Chile and Bolivia urged both sides to return to the table.").events
    e = first_on(evs, "urged")
    assert {a.code for a in e.target} == {"PERGOV", "PERREB"}, summary(evs)


def test_both_sides_still_take_a_nearer_pair_of_others(code):
    evs = code("Peru's president met Chile's president in Lima on Monday. Bolivia urged both sides to keep talking.").events
    assert countries(first_on(evs, "urged").target) == {"PER", "CHL"}, summary(evs)


TALKS = ("Peru's government suspended peace talks with the Shining Path on Monday. Chile's foreign "
         "minister spoke by telephone with his Peruvian counterpart on Monday evening. ")


def test_the_talks_are_those_named_before_not_the_last_call(code):
    evs = code(TALKS + "The talks began in Lima in May 2021 and produced a four-month ceasefire in June 2022.").events
    talks = first_on(evs, "talks")
    assert {a.code for a in talks.source} == {"PERGOV", "PERREB"}, summary(evs)
    truce = first_on(evs, "produced")
    assert truce.cameo == "0871" and {a.code for a in truce.source} == {"PERGOV", "PERREB"}, summary(evs)
    assert {a.code for a in truce.target} == {"PERGOV", "PERREB"}, summary(evs)  # with each other


def test_one_party_producing_a_proposal_declares_no_truce(code):
    evs = code("Hamas produced a new ceasefire proposal on Monday.").events
    assert not [e for e in evs if e.cameo.startswith("087")], summary(evs)


def test_a_meeting_named_again_is_the_last_meeting(code):
    evs = code("Peru's president met Chile's president in Lima on Monday. The meeting lasted three hours.").events
    assert countries(first_on(evs, "meeting").source) == {"PER", "CHL"}, summary(evs)


def test_an_after_clause_act_of_other_parties_is_told(code):
    evs = code("Lima froze the process in March, after Shining Path fighters clashed with drug traffickers "
               "in the Huallaga valley.").events
    assert first_on(evs, "clashed").cameo[:2] == "19", summary(evs)


def test_an_after_clause_act_of_the_same_party_stays_background(code):
    evs = code("Peru's president met Chile's president in Lima after he visited Bolivia's president in La Paz.").events
    assert not [e for e in evs if e.trigger == "visited"], summary(evs)


def test_a_fault_found_after_said_is_criticism(code):
    evs = code('Former President Alan Garcia said Ollanta Humala had been "naive" to trust the rebels.').events
    e = first_on(evs, "said")
    assert e.cameo == "111" and e.target, summary(evs)


def test_a_fault_found_with_ones_own_side_is_no_criticism_of_another(code):
    evs = code('The Peruvian government said it had been "naive" to trust the rebels.').events
    assert not [e for e in evs if e.cameo == "111"], summary(evs)


def test_a_neutral_adjective_after_said_is_no_criticism(code):
    evs = code('Alan Garcia said Ollanta Humala had been "busy" during the talks.').events
    assert not [e for e in evs if e.cameo == "111"], summary(evs)


def test_the_mission_is_the_named_mission(code):
    evs = code("The United Nations Verification Mission in Colombia condemned the attack. The mission said "
               "it would send a team to Saravena.").events
    assert {a.code for a in first_on(evs, "send").source} == {"IGOUNO"}, summary(evs)

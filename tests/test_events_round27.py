"""Round 27 of the event coder, on our own sentences through the real pipeline: keeping a
candidate or party out of an election bans it from politics (1722), out of a sporting contest
it is nothing; a vow to go on with an uncoded activity promises nothing, with a coded one the
act is the intent; a state telling that another's ships or planes entered its own ground
accuses that state (112); resolve to defend itself if attacked, under a vow or "would not
hesitate", is a threat of force (138) at the attacker named. Each rule has a case where it must
not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_a_candidate_or_party_kept_out_of_an_election_is_banned(code):
    e = first_on(code("Belarus's election authority disqualified two opposition candidates.").events, "disqualified")
    assert e.cameo == "1722" and countries(e.source) == {"BLR"}, summary([e])
    e = first_on(code("Pakistan's election commission barred the opposition party from the general election.").events,
                 "barred")
    assert e.cameo == "1722", summary([e])


def test_a_player_kept_out_of_a_tournament_is_no_political_ban(code):
    for text, trigger in (("The federation disqualified the Ethiopian sprinter from the championship.", "disqualified"),
                          ("Argentina's football association barred the striker from the tournament.", "barred")):
        evs = code(text).events
        assert not any(e.trigger == trigger for e in evs), (text, summary(evs))


def test_a_vow_to_continue_an_uncoded_activity_is_no_intent_to_cooperate(code):
    evs = code("The coast guard vowed to continue its supply runs to the atoll.").events
    assert not any(e.cameo == "030" for e in evs), summary(evs)


def test_a_vow_to_continue_a_coded_act_is_that_act_intended(code):
    evs = code("France vowed to continue supporting Armenia.").events
    assert not any(e.trigger == "vowed" for e in evs), summary(evs)
    e = first_on(evs, "supporting")
    assert e.cameo[:2] == "03" and countries(e.target) == {"ARM"}, summary(evs)


def test_a_state_telling_of_an_intrusion_into_its_waters_accuses_the_intruder(code):
    evs = code("Seoul said a North Korean patrol boat had crossed into its waters overnight.").events
    e = first_on(evs, "said")
    assert e.cameo == "112" and countries(e.source) == {"KOR"} and countries(e.target) == {"PRK"}, summary(evs)
    evs = code("Lithuania said Russian helicopters violated its airspace on Friday.").events
    e = first_on(evs, "violated")
    assert countries(e.source) == {"RUS"} and countries(e.target) == {"LTU"}, summary(evs)
    e = first_on(evs, "said")
    assert e.cameo == "112" and countries(e.target) == {"RUS"}, summary(evs)


def test_an_intrusion_into_another_states_waters_is_no_accusation_by_the_teller(code):
    # The teller's own ground is not the one entered: a report, not a complaint.
    evs = code("Australia said a Chinese research ship had entered Indonesian waters.").events
    assert not any(e.cameo == "112" and countries(e.source) == {"AUS"} for e in evs), summary(evs)


def test_defending_itself_if_attacked_under_a_vow_is_a_threat_at_the_attacker(code):
    e = first_on(code("Armenia said it would not hesitate to defend itself if attacked by Azerbaijan.").events,
                 "defend")
    assert e.cameo == "138" and countries(e.source) == {"ARM"} and countries(e.target) == {"AZE"}, summary([e])
    evs = code("Cuba vowed to defend its territory if attacked.").events
    e = first_on(evs, "defend")
    assert e.cameo == "138" and countries(e.source) == {"CUB"} and not e.target, summary(evs)
    # The agentless "if attacked" is nobody's attack, least of all the speaker's.
    assert not any(e.trigger == "attacked" for e in evs), summary(evs)


def test_a_plain_would_defend_if_attacked_is_no_threat(code):
    evs = code("Cuba said it would defend its territory if attacked.").events
    assert not any(e.cameo[:2] == "13" for e in evs), summary(evs)
    assert not any(e.trigger == "attacked" for e in evs), summary(evs)

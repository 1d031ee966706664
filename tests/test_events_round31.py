"""Round 31 of the event coder, on our own sentences through the real pipeline: tensions
between two parties that turn into fighting are their fight; "received no such request" is no appeal; a ring broken up is aimed at whoever
runs it; a show of force "around X" is aimed at X; boarding seizes only when armed men or a
state board; state vessels entering another's waters are an incursion; destroying weapons at
a site just struck is the same strike. Each rule has a case where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_tensions_that_turn_into_fighting_are_a_fight_between_the_parties(code):
    evs = code("Weeks of tension between Ethiopia and Eritrea spiralled into fighting along the border.").events
    e = first_on(evs, "spiralled")
    assert e.cameo == "190" and countries(e.source) == {"ETH", "ERI"} == countries(e.target), summary(evs)


def test_tensions_that_merely_rise_are_no_fight(code):
    evs = code("Tensions between Ethiopia and Eritrea rose again in March.").events
    assert not [e for e in evs if e.cameo[:2] == "19"], summary(evs)


def test_a_request_received_with_no_determiner_no_is_no_appeal(code):
    evs = code("Beijing said on Monday it had received no such offer from Hanoi.").events
    assert not [e for e in evs if e.cameo[:2] == "02" or e.trigger == "offer"], summary(evs)
    evs = code("Beijing said on Monday it had received a request from Hanoi.").events
    e = first_on(evs, "request")
    assert e.cameo == "020" and countries(e.source) == {"VNM"}, summary(evs)


def test_a_ring_broken_up_is_aimed_at_whoever_runs_it(code):
    evs = code("South Korean police broke up a spy network working for North Korean intelligence.").events
    e = first_on(evs, "broke")
    assert countries(e.target) == {"PRK"}, summary(evs)


def test_a_ring_with_no_sponsor_has_no_target(code):
    evs = code("South Korean police broke up a spy network in Busan on Friday.").events
    assert countries(first_on(evs, "broke").target) <= {"KOR"}, summary(evs)  # no sponsor from elsewhere


def test_a_show_of_force_around_a_country_is_aimed_at_it(code):
    evs = code("Manila protested on Sunday. Beijing reacted with naval drills around the Philippines.").events
    e = first_on(evs, "reacted")
    assert e.cameo == "150" and countries(e.target) == {"PHL"}, summary(evs)


def test_a_show_of_force_in_open_sea_has_no_target(code):
    evs = code("Beijing reacted with naval drills in the Pacific Ocean.").events
    assert not first_on(evs, "reacted").target, summary(evs)


def test_boarding_seizes_only_when_armed_men_board(code):
    evs = code("Hundreds of Afghan migrants boarded ferries bound for Greece.").events
    assert not [e for e in evs if e.cameo[:3] == "171"], summary(evs)
    evs = code("Russian marines boarded a cargo ship in the Black Sea on Sunday.").events
    assert first_on(evs, "boarded").cameo[:3] == "171", summary(evs)


def test_state_vessels_entering_anothers_waters_are_an_incursion(code):
    evs = code("Two Chinese navy vessels entered Vietnam's territorial waters on Friday.").events
    e = first_on(evs, "entered")
    assert e.cameo == "190" and countries(e.target) == {"VNM"}, summary(evs)


def test_fishing_boats_entering_waters_are_no_incursion(code):
    evs = code("Two Chinese fishing boats entered Vietnam's territorial waters on Friday.").events
    assert not [e for e in evs if e.trigger == "entered" and e.cameo[:2] == "19"], summary(evs)


def test_weapons_destroyed_at_a_struck_site_are_the_same_strike(code):
    evs = code("Ukrainian drones struck an airfield near Kursk and destroyed two helicopters.").events
    assert not [e for e in evs if e.trigger == "destroyed"], summary(evs)


def test_people_killed_in_a_strike_stay_their_own_event(code):
    evs = code("The army shelled the village and killed six civilians.").events
    assert first_on(evs, "killed").target, summary(evs)

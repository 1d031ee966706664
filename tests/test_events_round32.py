"""Round 32 of the event coder, on our own sentences through the real pipeline: a denial of an
act keeps the denial; "told X that ..." makes X an audience; standing with a party is
solidarity; a foreign carrier of arms arriving is arms delivered; troops arriving are forces
deployed; taking over an office, controlling ground, hearing gunfire, removing a clause and
being bound by a court are no acts; a capture told with "taken prisoner"; stative relative
clauses give no events; hosts of talks between delegations mediate between them. Each rule
has a case where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_a_denied_act_keeps_the_denial(code):
    evs = code("The Sudanese army has denied shelling the market in Omdurman.").events
    assert first_on(evs, "denied").cameo == "016", summary(evs)


def test_denying_a_build_up_is_a_denial(code):
    evs = code("Caracas has denied any military build-up on the border.").events
    assert first_on(evs, "denied").cameo == "016", summary(evs)


def test_the_one_told_a_fact_is_an_audience_not_asked(code):
    evs = code("Ruto told lawmakers that Kenya would not negotiate with Uganda until it withdrew its troops.").events
    assert not [e for e in evs if e.cameo[:2] == "10"], summary(evs)
    e = first_on(evs, "negotiate")
    assert countries(e.source) == {"KEN"} and countries(e.target) == {"UGA"}, summary(evs)


def test_the_one_told_to_act_is_still_asked(code):
    evs = code("The Kenyan president told Uganda to withdraw its troops from the border.").events
    e = first_on(evs, "told")
    assert e.cameo[:2] == "10" and countries(e.target) == {"UGA"}, summary(evs)


def test_standing_with_a_party_is_solidarity(code):
    evs = code('"Turkey stands with the people of Gaza," the foreign minister told reporters.').events
    assert first_on(evs, "stands").cameo == "051", summary(evs)


def test_standing_beside_someone_at_a_ceremony_is_no_stance(code):
    evs = code("The minister stood with the president during the anthem.").events
    assert not [e for e in evs if e.cameo == "051"], summary(evs)


def test_a_foreign_carrier_of_arms_landing_delivers_arms(code):
    evs = code("Three Russian cargo planes landed at Bamako airport carrying weapons.").events
    e = first_on(evs, "landed")
    assert e.cameo == "072" and countries(e.source) == {"RUS"} and countries(e.target) == {"MLI"}, summary(evs)
    evs = code("The fighting resumed as a third Turkish arms shipment reached Tripoli.").events
    e = first_on(evs, "reached")
    assert e.cameo == "072" and countries(e.source) == {"TUR"} and countries(e.target) == {"LBY"}, summary(evs)


def test_planes_landing_with_no_arms_or_at_home_deliver_none(code):
    for text in ("Two Malian military planes landed at Bamako airport on Monday.",
                 "Two Malian cargo planes landed at Bamako airport carrying weapons."):
        evs = code(text).events
        assert not [e for e in evs if e.cameo == "072"], summary(evs)


def test_troops_arriving_are_forces_deployed_not_a_visit(code):
    evs = code("Rwandan troops arrived in the Kivu region of Congo on Monday.").events
    e = first_on(evs, "arrived")
    assert e.cameo == "154" and countries(e.target) == {"COD"}, summary(evs)
    evs = code("The French foreign minister arrived in Kinshasa on Monday.").events
    assert first_on(evs, "arrived").cameo == "042", summary(evs)


def test_taking_over_an_office_is_no_seizure(code):
    evs = code("Since Laos took over the bloc's rotating chair, little has changed.").events
    assert not [e for e in evs if e.cameo[:2] in ("17", "19")], summary(evs)
    evs = code("Rebels took over the town on Sunday.").events
    assert first_on(evs, "took").cameo == "192", summary(evs)


def test_controlling_ground_is_a_state_but_regaining_it_an_act(code):
    evs = code("The rebels now control most of the northern districts.").events
    assert not evs, summary(evs)
    evs = code("Ethiopia regained full control of Mekelle in a swift offensive.").events
    assert first_on(evs, "regained").cameo == "192", summary(evs)


def test_handing_villages_back_yields_them(code):
    evs = code("Serbia handed three villages back to Kosovo.").events
    e = first_on(evs, "handed")
    assert e.cameo == "084" and countries(e.source) == {"SRB"}, summary(evs)


def test_a_person_taken_prisoner_is_captured_by_the_armed_teller(code):
    evs = code("A colonel who led the garrison was taken prisoner, the rebels said.").events
    e = first_on(evs, "taken")
    assert e.cameo == "181" and [a.code for a in e.source] == ["---REB"], summary(evs)


def test_taking_a_prisoner_somewhere_is_no_capture(code):
    evs = code("He took the prisoner to the station.").events
    assert not [e for e in evs if e.cameo == "181"], summary(evs)


def test_a_stative_relative_clause_gives_no_event(code):
    evs = code("Moscow, which shares a long border with Kazakhstan and has large investments there, "
               "has urged the militias to disarm.").events
    assert not [e for e in evs if e.cameo[:2] == "06"], summary(evs)


def test_a_past_have_in_a_relative_clause_still_tells_an_act(code):
    evs = code("Moscow, which had talks with Astana last week, urged the militias to disarm.").events
    assert first_on(evs, "talks").cameo[:2] == "04", summary(evs)


def test_a_participle_of_fear_is_no_statement(code):
    evs = code("Thailand has reinforced its border guards along the river, fearing a fresh influx of refugees.").events
    assert first_on(evs, "reinforced").cameo == "154", summary(evs)
    assert not [e for e in evs if e.cameo == "012"], summary(evs)


def test_removing_a_clause_is_no_expulsion(code):
    evs = code("Putin renewed the demand, warning of consequences unless Kyiv removed the clause.").events
    assert not [e for e in evs if e.cameo[:3] == "174"], summary(evs)


def test_hearing_gunfire_is_no_consultation(code):
    evs = code("Monitors had heard heavy gunfire from the direction of Serbian positions.").events
    assert not [e for e in evs if e.cameo[:2] == "04"], summary(evs)


def test_being_bound_by_a_court_is_no_act_of_the_court(code):
    evs = code('Russia did not recognise the court\'s jurisdiction and would not be bound by "a foreign tribunal".').events
    assert not [e for e in evs if e.trigger == "bound"], summary(evs)


def test_flying_joint_drills_is_military_cooperation(code):
    evs = code("Filipino and Japanese aircraft flew joint drills over Manila.").events
    e = first_on(evs, "drills")
    assert e.cameo == "062" and countries(e.source) == {"PHL", "JPN"}, summary(evs)


def test_a_host_of_talks_between_delegations_mediates_between_them(code):
    evs = code("Qatar hosted two rounds of talks between Sudanese and Chadian delegations.").events
    e = first_on(evs, "hosted")
    assert e.cameo == "045" and countries(e.target) == {"SDN", "TCD"}, summary(evs)


def test_the_destination_of_weapons_sent_is_never_their_sender(code):
    evs = code("Kenya warned that weapons sent to Mogadishu could fall into the hands of al-Shabaab.").events
    assert not [e for e in evs if e.trigger == "sent" and countries(e.source) == {"SOM"}], summary(evs)

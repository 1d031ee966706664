"""Round 8 of the event coder, on our own sentences through the real pipeline: a force sent
toward a place is a show of force, a condemnation names the other side's act, crowds that
gather protest, a participle set off by commas describes its noun, and a source's leave to
speak is no event."""

from __future__ import annotations

from event_checks import countries, summary

# ------------------------------------------------------------- a force sent toward a place

def test_warships_sent_toward_a_rival_are_a_show_of_force(code):
    evs = code("Russia sent four warships and a submarine toward Norway on Monday.").events
    sent = [e for e in evs if e.trigger == "sent"]
    assert [e.cameo for e in sent] == ["150"], summary(evs)
    assert countries(sent[0].source) == {"RUS"} and countries(sent[0].target) == {"NOR"}, summary(evs)


def test_bombers_flown_near_an_island_are_no_aid(code):
    evs = code("China sent six bombers near Okinawa, Japan's defence ministry said.").events
    assert not any(e.cameo.startswith("07") for e in evs), summary(evs)


def test_arms_sent_to_an_ally_stay_military_aid(code):
    evs = code("Iran sent drones and ammunition to Russia last year.").events
    sent = [e for e in evs if e.trigger == "sent"]
    assert sent and sent[0].cameo == "072", summary(evs)
    assert countries(sent[0].target) == {"RUS"}, summary(evs)


# ------------------------------------------------------------- whose act a condemnation names

def test_a_condemnation_of_the_drills_skips_the_judges_own_response(code):
    text = ("China sent warships toward Japan's southern islands on Tuesday. "
            "Japan's defence ministry said it deployed patrol aircraft to watch them. "
            "Tokyo condemned the drills.")
    evs = code(text).events
    condemned = [e for e in evs if e.trigger == "condemned"]
    assert condemned and countries(condemned[0].target) == {"CHN"}, summary(evs)


# ------------------------------------------------------------- crowds that gather

def test_protesters_who_gather_protest(code):
    evs = code("Hundreds of protesters gathered outside the Turkish consulate in Athens on Sunday.").events
    assert any(e.cameo == "141" and e.trigger == "gathered" for e in evs), summary(evs)
    assert not any(e.cameo.startswith("04") for e in evs), summary(evs)


def test_people_who_gather_to_protest_protest(code):
    evs = code("Thousands of people gathered in central Lima, chanting slogans against the new law.").events
    assert any(e.cameo == "141" for e in evs), summary(evs)


def test_leaders_who_gather_meet(code):
    evs = code("Arab foreign ministers gathered in Riyadh on Thursday to discuss the crisis.").events
    gathered = [e for e in evs if e.trigger == "gathered"]
    assert gathered and gathered[0].cameo.startswith("04"), summary(evs)


def test_people_gathering_with_no_sign_of_protest_do_not_protest(code):
    evs = code("Thousands of people gathered in Lima for the papal visit.").events
    assert not any(e.cameo.startswith("14") for e in evs), summary(evs)


# ------------------------------------------------------------- a participle set off by commas

def test_a_set_off_participle_with_an_agent_is_no_event(code):
    evs = code("Guinea and Gabon, also ruled by soldiers, warned the bloc against sanctions.").events
    assert not any(e.trigger == "ruled" for e in evs), summary(evs)
    assert any(e.trigger == "warned" for e in evs), summary(evs)


def test_a_passive_with_its_auxiliary_is_still_an_event(code):
    evs = code("The convoy was attacked by Malian soldiers near Gao, a witness said.").events
    assert any(e.trigger == "attacked" for e in evs), summary(evs)


# ------------------------------------------------------------- leave to speak

def test_not_being_authorized_to_brief_is_no_event(code):
    text = ("Two Kenyan officials, who were not authorized to brief journalists, said Somalia had "
            "closed the border.")
    evs = code(text).events
    assert not any(e.trigger in ("authorized", "brief") for e in evs), summary(evs)


def test_a_spokesman_allowed_to_speak_publicly_is_no_event(code):
    evs = code("An aide, who was not allowed to speak publicly, said Chile recalled its ambassador.").events
    assert not any(e.trigger in ("allowed", "speak") for e in evs), summary(evs)
    assert any(e.cameo.startswith("16") for e in evs), summary(evs)


def test_authorizing_the_use_of_force_is_still_an_event(code):
    evs = code("Congress authorized the president to use force against Iraq.").events
    assert evs, summary(evs)


# ------------------------------------------------------------- places the model tagged as languages

def test_a_town_tagged_as_a_language_is_still_placed(code):
    coded = code("Israeli soldiers killed four people in Rafah on Saturday.")
    placed = {m.text: m.place.country for m in coded.mentions if m.place is not None}
    assert placed.get("Rafah") == "PSE", placed


def test_a_language_stays_a_language(code):
    coded = code("The minister spoke in Arabic and in English at the summit.")
    assert not [m.text for m in coded.mentions if m.place is not None and m.text in ("Arabic", "English")]


# ------------------------------------------------------------- a participle hung inside an order

def test_a_participle_after_an_order_is_the_orderers_act(code):
    text = ("Mali's transitional government on Monday ordered the Swedish envoy to leave Bamako within "
            "72 hours and closed two Swedish aid offices, accusing Stockholm of meddling in its affairs.")
    evs = code(text).events
    accusing = [e for e in evs if e.trigger == "accusing"]
    assert accusing, summary(evs)
    assert countries(accusing[0].source) == {"MLI"} and countries(accusing[0].target) == {"SWE"}, summary(evs)
    assert accusing[0].modality.factual, accusing[0].modality


def test_an_infinitive_with_its_own_participle_keeps_its_subject(code):
    # no comma: "to leave, accusing" is not what is said here; the envoy's act stays with the envoy
    evs = code("Chad asked Sudan to stop accusing N'Djamena of arming the rebels.").events
    assert not any(e.trigger == "accusing" and countries(e.source) == {"TCD"} for e in evs), summary(evs)


# ------------------------------------------------------------- a past-tense verb beside a modal

def test_a_past_tense_conjunct_does_not_share_would(code):
    evs = code("Ghana said it would not recognise the vote and recalled its ambassador from Lome.").events
    recalled = [e for e in evs if e.trigger == "recalled"]
    assert recalled and recalled[0].modality.factual, summary(evs)


def test_a_bare_conjunct_still_shares_would(code):
    evs = code("Peru would join the pact and send troops, officials said.").events
    send = [e for e in evs if e.trigger == "send"]
    assert send and send[0].modality.future, summary(evs)


# ------------------------------------------------------------- who a demand is made of

def test_a_demand_names_the_subject_of_its_that_clause(code):
    evs = code("Sudan's government demanded that the U.N. Security Council list the militia as a terrorist group.").events
    demanded = [e for e in evs if e.trigger == "demanded"]
    assert demanded and [a.code for a in demanded[0].target] == ["IGOUNO"], summary(evs)


def test_a_demand_about_the_asker_itself_has_no_target(code):
    evs = code("Iran demanded that it be compensated for the seized cargo.").events
    demanded = [e for e in evs if e.trigger == "demanded"]
    assert demanded and not demanded[0].target, summary(evs)


# ------------------------------------------------------------- warships sent to an area

def test_frigates_sent_to_an_area_are_deployed(code):
    evs = code("Britain sent two frigates to the area after the incident.").events
    sent = [e for e in evs if e.trigger == "sent"]
    assert [e.cameo for e in sent] == ["150"], summary(evs)


def test_frigates_sent_to_a_partner_are_military_aid(code):
    evs = code("France sent two frigates to Greece to help patrol its waters.").events
    sent = [e for e in evs if e.trigger == "sent"]
    assert sent and sent[0].cameo == "072" and countries(sent[0].target) == {"GRC"}, summary(evs)

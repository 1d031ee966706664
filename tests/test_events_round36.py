"""Round 36 of the event coder, on our own sentences through the real pipeline: armed men driven
from ground are attacked; talks put on hold or paused are halted (164) with the talks' parties
as target; border crossings shut restrict movement (191); an act answered "in kind" is the same
act aimed back, one "followed suit" the same act at the same target; warships sent anywhere are
deployed, not given; a force sent "to strike" X strikes X (the weapon from what was sent);
"traded artillery fire" names its weapon; "a pack of lies" and "a liar" are condemnations; own
citizens urged to leave are asked nothing; unidentified gunmen are accused of nothing; "never
recognised" is a standing policy, no rejection; "the attack" as the topic of another noun is
no new event; a patrol ambushed near a village is not the village's; money "earmarked for X"
names its recipient; an authorisation does not realise what it authorises. Each rule has a
case where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_militants_driven_from_ground_are_attacked(code):
    evs = code("Nigerian troops drove Boko Haram fighters from three villages on Friday.").events
    assert first_on(evs, "drove").cameo[:2] == "19", summary(evs)
    evs = code("The farmer drove his cattle from the valley.").events
    assert not [e for e in evs if e.cameo[:2] == "19"], summary(evs)


def test_talks_on_hold_are_halted(code):
    evs = code("The African Union put its talks between Khartoum and the RSF on hold.").events
    e = first_on(evs, "put")
    assert e.cameo == "164" and countries(e.target) == {"SDN"}, summary(evs)
    assert not [e for e in evs if e.cameo[:2] == "04"], summary(evs)
    evs = code("The board put the project on hold.").events
    assert not [e for e in evs if e.cameo == "164"], summary(evs)


def test_paused_negotiations_are_halted(code):
    evs = code("A Vietnamese spokesman said trade negotiations with Washington had been paused.").events
    e = first_on(evs, "paused")
    assert e.cameo == "164" and countries(e.target) == {"USA"}, summary(evs)
    assert not [e for e in evs if e.cameo[:2] == "04"], summary(evs)


def test_border_crossings_shut(code):
    evs = code("Kenya also shut all border crossings with Somalia after the raid.").events
    e = first_on(evs, "shut")
    assert e.cameo == "191" and countries(e.target) == {"SOM"}, summary(evs)
    evs = code("Kenya shut the schools for a week.").events
    assert not [e for e in evs if e.cameo == "191"], summary(evs)


def test_responded_in_kind_is_the_same_act_back(code):
    evs = code("Venezuela recalled its ambassador from Bogota on Monday, and Colombia responded in kind.").events
    e = first_on(evs, "responded")
    assert e.cameo == "161" and countries(e.source) == {"COL"} and countries(e.target) == {"VEN"}, summary(evs)
    evs = code("Britain expelled two Russian diplomats on Monday, and Canada followed suit.").events
    e = first_on(evs, "followed")
    assert e.cameo == "161" and countries(e.target) == {"RUS"}, summary(evs)
    evs = code("Venezuela recalled its ambassador, and Colombia responded on Tuesday.").events
    assert not [e for e in evs if e.trigger == "responded" and e.cameo == "161"], summary(evs)


def test_warships_sent_are_deployed(code):
    evs = code("Russia has sent two frigates and a submarine to Kaliningrad since March.").events
    assert first_on(evs, "sent").cameo == "150", summary(evs)
    evs = code("Turkey sent drones and armoured vehicles to Azerbaijan in 2020.").events
    assert first_on(evs, "sent").cameo == "072", summary(evs)


def test_force_sent_to_strike_strikes(code):
    evs = code("The Thai army sent F-16 jets to strike what it described as Cambodian command posts.").events
    e = first_on(evs, "strike")
    assert e.cameo == "195" and countries(e.target) == {"KHM"}, summary(evs)
    assert not [e for e in evs if e.trigger == "sent"], summary(evs)
    evs = code("The Thai army sent F-16 jets to the border on Sunday.").events
    assert not [e for e in evs if e.cameo[:2] == "19"], summary(evs)


def test_traded_fire_by_its_weapon(code):
    evs = code("Armenian and Azerbaijani troops traded mortar and artillery fire along the border.").events
    assert first_on(evs, "traded").cameo == "194", summary(evs)
    evs = code("Armenian and Azerbaijani troops traded fire along the border.").events
    assert first_on(evs, "traded").cameo == "193", summary(evs)


def test_responded_with_fire_is_an_attack(code):
    evs = code("The Indian army responded with artillery fire on Sunday.").events
    assert first_on(evs, "responded").cameo == "194", summary(evs)
    evs = code("The Indian army responded with a statement on Sunday.").events
    assert not [e for e in evs if e.cameo[:2] == "19"], summary(evs)


def test_pack_of_lies_is_condemnation(code):
    evs = code('Ruto called Museveni\'s accusations "a pack of fabrications" on Tuesday.').events
    e = first_on(evs, "called")
    assert e.cameo == "111" and countries(e.target) == {"UGA"}, summary(evs)
    assert first_on(code("Ruto called Museveni a liar.").events, "called").cameo == "111"
    evs = code("Ruto called Museveni on Tuesday.").events
    assert not [e for e in evs if e.cameo == "111"], summary(evs)


def test_own_citizens_urged_to_leave_are_asked_nothing(code):
    evs = code("The British government urged its citizens to leave Lebanon on commercial flights.").events
    assert not [e for e in evs if e.cameo[:2] in ("02", "04")], summary(evs)
    evs = code("The British government urged Iran to release the tanker.").events
    assert [e for e in evs if e.cameo[:2] == "02"], summary(evs)


def test_unidentified_gunmen_are_accused_of_nothing(code):
    evs = code("The minister said unidentified gunmen ambushed an army convoy near Gao on Sunday.").events
    assert not [e for e in evs if e.cameo[:3] == "112"], summary(evs)
    evs = code("The minister said Wagner fighters ambushed an army convoy near Gao on Sunday.").events
    assert [e for e in evs if e.cameo[:3] == "112"], summary(evs)


def test_sponsoring_terrorism_is_no_cooperation(code):
    evs = code("The minister accused Iran of sponsoring terrorism in the region.").events
    assert not [e for e in evs if e.cameo[:2] == "06"], summary(evs)


def test_never_recognised_is_no_rejection(code):
    evs = code("Morocco has never recognised the Polisario Front.").events
    assert not [e for e in evs if e.cameo[:2] == "12"], summary(evs)
    evs = code("Morocco refused to recognise the Polisario Front on Monday.").events
    assert [e for e in evs if e.cameo[:2] == "12"], summary(evs)


def test_attack_as_topic_is_no_new_event(code):
    text = "Gunmen killed two Malian soldiers near Gao on Sunday. Parliament will debate a resolution on the attack next week."
    evs = code(text).events
    assert not [e for e in evs if e.trigger == "attack"], summary(evs)
    text = "Gunmen killed two Malian soldiers near Gao on Sunday. The attack drew wide condemnation."
    assert [e for e in code(text).events if e.cameo[:2] == "19"]


def test_ambushed_patrol_is_not_the_villages(code):
    evs = code("Gunmen ambushed a police patrol near the Nigerien village of Tera on Sunday.").events
    assert not first_on(evs, "ambushed").target, summary(evs)
    evs = code("Gunmen attacked the Nigerien village of Tera on Sunday.").events
    assert countries(first_on(evs, "attacked").target) == {"NER"}, summary(evs)


def test_money_earmarked_names_its_recipient(code):
    evs = code("The World Bank froze 200 million dollars in loans earmarked for Ethiopia.").events
    assert countries(first_on(evs, "froze").target) == {"ETH"}, summary(evs)
    evs = code("The World Bank froze 200 million dollars in loans on Monday.").events
    assert not first_on(evs, "froze").target, summary(evs)


def test_authorised_act_is_not_done(code):
    evs = code("Biden authorised the Pentagon to strike militia targets in Iraq.").events
    assert not first_on(evs, "strike").modality.factual, summary(evs)
    evs = code("The Pentagon struck militia targets in Iraq.").events
    assert first_on(evs, "struck").modality.factual, summary(evs)

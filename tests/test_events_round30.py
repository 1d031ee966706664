"""Round 30 of the event coder, on our own sentences through the real pipeline: projectiles
brought down are aimed at whoever fired them; a possessor of "support" gives it, "for" gets it;
a verb of speech conjoined to "phoned X" is addressed to X; "rejected the order" answers the
one who gave it; an uncoded teller ("Reports said") is no target of a denial; an act left as
the open question of a negated verb of saying ("did not say when") is no event. Each rule has a
case where it must not fire."""

from __future__ import annotations

from event_checks import first_on, summary


def test_projectiles_shot_down_are_aimed_at_whoever_fired_them(code):
    evs = code("Iran fired a salvo of missiles at Israel on Sunday. "
               "French jets shot down several of the missiles over the desert.").events
    e = first_on(evs, "shot")
    assert [a.code for a in e.target] == ["IRN"] and "target:attacker" in e.rule, summary(evs)


def test_drones_downed_with_no_attack_told_have_no_target(code):
    for text in ("French jets shot down several drones over the desert on Sunday.",
                 # the only attack told is the interceptor's own side's
                 "France fired missiles at rebel camps on Sunday. French jets later shot down several drones."):
        e = first_on(code(text).events, "shot")
        assert not e.target, (text, summary([e]))


def test_the_possessor_of_support_gives_it(code):
    evs = code("Scholz reaffirmed Berlin's unwavering support for Moldova on Tuesday.").events
    e = first_on(evs, "reaffirmed")
    assert [a.country for a in e.target] == ["MDA"], summary(evs)


def test_another_partys_support_still_names_it(code):
    evs = code("Scholz praised Moldova's support for the refugees on Tuesday.").events
    e = first_on(evs, "praised")
    assert [a.country for a in e.target] == ["MDA"], summary(evs)


def test_an_appeal_after_a_phone_call_is_made_to_the_one_called(code):
    evs = code("The Qatari foreign minister phoned Hakan Fidan on Sunday and urged restraint.").events
    e = first_on(evs, "urged")
    assert e.target and all(a.country == "TUR" for a in e.target) and "contacted" in e.rule, summary(evs)


def test_an_appeal_after_a_verdict_takes_no_party_from_it(code):
    evs = code("The Qatari minister called the Turkish statement a provocation and urged restraint.").events
    e = first_on(evs, "urged")
    assert "contacted" not in e.rule, summary(evs)


def test_a_rejected_order_answers_whoever_gave_it(code):
    evs = code("The junta in Niamey ordered the German ambassador to leave the country within 48 hours. "
               "Germany rejected the order on Thursday.").events
    e = first_on(evs, "rejected")
    assert e.target and all(a.country != "DEU" for a in e.target) and "act-owner" in e.rule, summary(evs)


def test_an_order_with_nothing_told_before_has_no_target(code):
    e = first_on(code("Germany rejected the order on Thursday.").events, "rejected")
    assert not e.target, summary([e])


def test_a_denial_of_untold_reports_has_no_uncoded_target(code):
    evs = code("Reports said Wagner fighters had executed dozens of herders. The junta denied those reports.").events
    e = first_on(evs, "denied")
    assert all(a.code for a in e.target), summary(evs)


def test_an_act_left_as_an_open_question_is_no_event(code):
    for text in ("The minister did not say when troops might be deployed to the border.",
                 "The spokesman would not reveal whether the army had shelled the village."):
        evs = code(text).events
        assert not [e for e in evs if e.trigger in ("deployed", "shelled")], (text, summary(evs))


def test_an_act_said_with_a_time_clause_is_still_coded(code):
    evs = code("Iran said its troops had shelled the Kurdish camp when the talks failed.").events
    assert first_on(evs, "shelled").source, summary(evs)

"""Round 28 of the event coder, on our own sentences through the real pipeline: an answer (a
denial, a rejection of criticism or allegations) is aimed at whoever made what it answers, by
the attribution stage's claim link or the criticism told before; praise or criticism of a
domestic process ("the conduct of the vote", "the handling of the unrest") is aimed at the home
government when the article names one country; a march on a seat of the state (a parliament
building) is aimed at that institution. Each rule has a case where it must not fire."""

from __future__ import annotations

from event_checks import first_on, summary


def test_a_rejected_criticism_is_said_back_to_the_critic(code):
    evs = code("Opposition parties in Malawi accused the government of buying votes. "
               "On Wednesday the government rejected the criticism as baseless.").events
    e = first_on(evs, "rejected")
    assert [a.code for a in e.target] == ["MWIPTYOPP"], summary(evs)


def test_dismissed_allegations_answer_the_earlier_critic(code):
    evs = code("Amnesty International criticised Tunisia's interior ministry over the detentions. "
               "The ministry dismissed the allegations a day later.").events
    e = first_on(evs, "dismissed")
    assert e.cameo == "016" and e.target and all(a.country != "TUN" for a in e.target), summary(evs)


def test_a_denial_takes_the_speaker_of_the_claim_it_answers(code):
    evs = code("Activists in Belarus say the ballots were stuffed. The election commission denied the claims.").events
    e = first_on(evs, "denied")
    assert [a.code for a in e.target] == ["BLROPP"] and "answered-claim" in e.rule, summary(evs)


def test_an_answer_with_nothing_told_before_has_no_target(code):
    for text, trigger in (("The interior ministry rejected the criticism on Friday.", "rejected"),
                          ("Senegal accused Gambia of harbouring rebels. Ghana rejected the criticism.", "rejected"),
                          ("Malawi's opposition accused the government of fraud. The government rejected the plan.",
                           "rejected")):
        e = first_on(code(text).events, trigger)
        assert not e.target, (text, summary([e]))


def test_praise_of_a_domestic_vote_is_aimed_at_the_home_government(code):
    evs = code("Senegal held a presidential runoff on Sunday. "
               "Observers from the European Union praised the conduct of the vote.").events
    e = first_on(evs, "praised")
    assert [a.code for a in e.target] == ["SENGOV"], summary(evs)
    evs = code("Security forces in Kenya fired live rounds at demonstrators in Nairobi. "
               "Britain criticised the handling of the unrest.").events
    e = first_on(evs, "criticised")
    assert [a.code for a in e.target] == ["KENGOV"], summary(evs)


def test_a_process_with_no_clear_home_or_judged_by_its_holder_has_no_target(code):
    for text, trigger in (("Observers praised the conduct of the vote.", "praised"),
                          ("Ghana and Togo both voted last month. Observers praised the conduct of the elections.",
                           "praised"),
                          ("Ghana's government praised the conduct of the election.", "praised")):
        evs = code(text).events
        assert not any(e.trigger == trigger and e.target for e in evs), (text, summary(evs))


def test_a_march_on_a_parliament_building_is_aimed_at_the_legislature(code):
    evs = code("Tens of thousands marched to the parliament building in Tbilisi on Sunday.").events
    e = first_on(evs, "marched")
    assert [a.code for a in e.target] == ["GEOLEG"], summary(evs)


def test_a_march_to_an_unowned_building_names_no_institution(code):
    evs = code("Tens of thousands marched to the old building in Tbilisi on Sunday.").events
    assert not any(e.trigger == "marched" and any(a.sector in ("LEG", "GOV") for a in e.target) for e in evs), \
        summary(evs)


def test_a_member_noun_inside_the_subject_does_not_loop(code):
    # "its leadership" inside the subject phrase once sent actors_of round in a circle.
    evs = code("Sudan's army announced a truce on Monday, a statement from its leadership said.").events
    assert any(e.trigger == "announced" for e in evs), summary(evs)

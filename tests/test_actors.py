"""The actor resolution stage on sentences written for these tests, with the real model."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.ingest import article_from_text
from tacitus.kb import load_kb, normalize
from tacitus.pipeline.actors import _Resolver, mentions_by_token, resolve_actors

UNTIL = "tacitus_actors"


def actor_doc(nlp, text: str, published: date = date(2024, 10, 16)):
    """Run the pipeline up to and including the actor stage (later stages are not under test)."""
    article = article_from_text(text, id="t", published=published)
    doc = nlp.make_doc(article.text)
    doc._.tacitus_article = article
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == UNTIL:
            break
    return doc


def by_text(doc) -> dict[str, object]:
    return {m.text: m for m in doc._.tacitus_actors}


def code_of(doc, text: str) -> str | None:
    m = by_text(doc).get(text)
    return m.actor.code if m is not None and m.actor is not None else None


def test_agent_noun_phrases_with_their_country(nlp):
    doc = actor_doc(nlp, "Finnish officials said Russian troops had crossed the border near a lake.")
    assert code_of(doc, "Finnish officials") == "FINGOV"
    assert code_of(doc, "Russian troops") == "RUSMIL"


def test_capitals_and_seats_acting_are_governments_and_stay_separate(nlp):
    doc = actor_doc(nlp, "The Kremlin and Beijing signed a trade pact on Friday.")
    assert code_of(doc, "Kremlin") == "RUSGOV"
    assert code_of(doc, "Beijing") == "CHNGOV"
    assert "The Kremlin" not in by_text(doc)


def test_capital_as_object_of_a_political_verb(nlp):
    doc = actor_doc(nlp, "Tokyo protested after Chinese warships entered the strait, and Washington urged Beijing to show restraint.")
    assert code_of(doc, "Tokyo") == "JPNGOV"
    assert code_of(doc, "Chinese warships") == "CHNMIL"
    assert code_of(doc, "Washington") in ("USAGOV", None)  # Washington is not CountryInfo's capital spelling of USA in every build
    assert code_of(doc, "Beijing") == "CHNGOV"


def test_capital_as_a_place_is_left_to_the_places_stage(nlp):
    doc = actor_doc(nlp, "Three people were injured when a drone hit a warehouse in Kharkiv and another near Moscow.")
    assert "Moscow" not in by_text(doc)


def test_offices_follow_the_article_date(nlp):
    doc2010 = actor_doc(nlp, "Vladimir Putin visited a tractor factory outside Minsk.", published=date(2010, 5, 1))
    m = by_text(doc2010)["Vladimir Putin"]
    assert (m.actor.code, m.actor.role, m.label) == ("RUSGOV", "prime minister", "PERSON")
    doc1999 = actor_doc(nlp, "Vladimir Putin visited a tractor factory outside Minsk.", published=date(1999, 3, 1))
    assert by_text(doc1999)["Vladimir Putin"].actor.sector == "SPY"


def test_title_and_name_give_one_person_mention(nlp):
    doc = actor_doc(nlp, "Japanese Prime Minister Fumio Kishida met fishermen in Fukushima.", published=date(2022, 6, 1))
    mentions = by_text(doc)
    assert mentions["Fumio Kishida"].actor.code == "JPNGOV"
    assert not any("Prime Minister" in t for t in mentions)


def test_unknown_person_takes_country_and_sector_from_the_title(nlp):
    doc = actor_doc(nlp, "Peruvian Interior Minister Alberto Quispecahua resigned on Tuesday.")
    person = [m for m in doc._.tacitus_actors if m.label == "PERSON"]
    assert person and person[0].actor.country == "PER" and person[0].actor.sector == "GOV"


def test_surname_after_full_name(nlp):
    doc = actor_doc(nlp, "Emmanuel Macron flew to Dakar. Later, Macron told reporters the visit had gone well.")
    macrons = [m for m in doc._.tacitus_actors if m.text == "Macron"]
    assert macrons and macrons[0].actor.code == "FRAGOV"


def test_first_name_alone_resolves_in_context(nlp):
    doc = actor_doc(nlp, "Russia hosted the summit in Kazan. Vladimir greeted the delegates at the airport.",
                    published=date(2024, 10, 22))
    m = by_text(doc).get("Vladimir")
    assert m is not None and m.actor.name == "Vladimir Putin" and m.actor.rule == "coref:first-name"


def test_pronoun_takes_the_recent_person(nlp):
    doc = actor_doc(nlp, "Olaf Scholz arrived in Warsaw on Monday. He praised the new rail link.", published=date(2023, 3, 1))
    he = by_text(doc).get("He")
    assert he is not None and he.actor.code == "DEUGOV" and he.actor.rule == "coref:pronoun"


def test_definite_description_takes_the_recent_country(nlp):
    doc = actor_doc(nlp, "Venezuela expelled two diplomats last week. The oil-rich nation said they had meddled in its affairs.")
    desc = [m for m in doc._.tacitus_actors if m.rule == "coref:description"]
    assert desc and desc[0].actor.country == "VEN" and desc[0].text.endswith("nation")


def test_weapons_are_labelled_and_linked_to_their_origin(nlp):
    doc = actor_doc(nlp, "Ukraine fired ATACMS missiles at an airfield, and Russia answered with Kinzhal strikes.")
    weapons = {m.text: m for m in doc._.tacitus_actors if m.label == "WEAPON"}
    assert weapons["ATACMS missiles"].actor.country == "USA"
    assert weapons["ATACMS missiles"].actor.kind == "weapon"
    assert any(t.startswith("Kinzhal") and m.actor.country == "RUS" for t, m in weapons.items())


def test_capital_is_never_a_person(nlp):
    doc = actor_doc(nlp, "Kyiv said the talks in Istanbul had failed.")
    assert all(m.label != "PERSON" for m in doc._.tacitus_actors if m.text == "Kyiv")
    assert code_of(doc, "Kyiv") == "UKRGOV"


def test_capital_tagged_person_stays_a_place_or_its_government(nlp):
    doc = actor_doc(nlp, "Zelensky told Kyiv residents to shelter. According to Kyiv, 40 drones were shot down.")
    assert all(m.label != "PERSON" for m in doc._.tacitus_actors if "Kyiv" in m.text)
    assert code_of(doc, "Kyiv residents") == "UKRCVL"
    assert code_of(doc, "Kyiv") == "UKRGOV"  # "according to Kyiv": the government is the source


def test_seat_of_government_after_an_agent_noun(nlp):
    doc = actor_doc(nlp, "Officials in Kyiv said the strike hit a school.")
    assert code_of(doc, "Officials in Kyiv") == "UKRGOV"


def test_capital_listed_with_other_cities_is_a_place(nlp):
    doc = actor_doc(nlp, "Kyiv, Kharkiv and Odesa were hit overnight.")
    assert code_of(doc, "Kyiv") is None


def test_determiners_are_dropped_unless_part_of_the_name(nlp):
    doc = actor_doc(nlp, "The Guardian reported that the Russian Parliament would vote on Thursday.")
    mentions = by_text(doc)
    assert mentions["The Guardian"].actor.code == "GBRMED"
    assert mentions["Russian Parliament"].actor.code == "RUSLEG"


def test_countries_and_demonyms_have_no_sector(nlp):
    doc = actor_doc(nlp, "Norway and the Danish navy held drills.")
    assert by_text(doc)["Norway"].actor.code == "NOR"
    assert by_text(doc)["Norway"].actor.sector is None
    assert code_of(doc, "Danish navy") == "DNKMIL"


def test_every_mention_keeps_its_evidence(nlp):
    doc = actor_doc(nlp, "Polish soldiers and Lithuanian officials met in Vilnius with NATO officers.")
    assert doc._.tacitus_actors
    for m in doc._.tacitus_actors:
        assert doc.text[m.start:m.end] == m.text
        assert m.rule and 0 < m.confidence <= 1 and m.actor is not None
        assert m.sentence is not None


def test_mentions_by_token_maps_tokens_to_mentions(nlp):
    doc = actor_doc(nlp, "Estonian border guards detained a smuggler.")
    index = mentions_by_token(doc)
    assert {index[t.i].text for t in doc if t.i in index} == {"Estonian border guards", "smuggler"}
    assert index[0].actor.code == "ESTMIL" and index[0] is index[2]
    assert index[5].actor.sector == "CRM" and index[5].actor.country is None


def test_resolve_actors_is_a_pure_function_of_the_doc(nlp):
    doc = actor_doc(nlp, "Kenyan police arrested two men in Nairobi.")
    again = resolve_actors(doc)
    assert [(m.text, m.actor.code) for m in again] == [(m.text, m.actor.code) for m in doc._.tacitus_actors]


def test_user_actor_file_through_the_factory(tmp_path):
    from tacitus.pipeline import load_pipeline

    path = tmp_path / "mine.yaml"
    path.write_text("- {name: Silverfen Brigade, kind: group, country: MOZ, sector: REB}\n", encoding="utf-8")
    nlp = load_pipeline(actors=str(path))
    doc = actor_doc(nlp, "The Silverfen Brigade attacked a convoy on Sunday.")
    assert code_of(doc, "Silverfen Brigade") == "MOZREB"


def test_generic_body_takes_the_country_before_it(nlp):
    doc = actor_doc(nlp, "Brazil's Joint Chiefs of Staff and the Chinese Foreign Ministry issued statements.")
    assert code_of(doc, "Brazil's Joint Chiefs of Staff") == "BRAMIL"
    assert code_of(doc, "Chinese Foreign Ministry") == "CHNGOV"


def test_dateline_capital_is_not_an_actor(nlp):
    doc = actor_doc(nlp, "NAIROBI, May 2 (Reuters) - Kenyan police arrested two men on Friday.")
    assert all(m.text.upper() != "NAIROBI" for m in doc._.tacitus_actors)
    assert code_of(doc, "Reuters") == "GBRMED"


def test_the_regime_refers_to_the_recent_country(nlp):
    doc = actor_doc(nlp, "Eritrea closed its border crossings again. The regime gave no reason for the move.")
    desc = [m for m in doc._.tacitus_actors if m.rule == "coref:description"]
    assert desc and desc[0].actor.code == "ERIGOV"


@pytest.mark.parametrize("text, actor_text, code", [
    ("Seoul summoned the Japanese ambassador over the textbook.", "Seoul", "KORGOV"),
    ("Hezbollah fighters fired rockets across the border.", "Hezbollah fighters", "LBNREB"),
    ("Pentagon officials declined to comment.", "Pentagon officials", "USAGOV"),
])
def test_more_phrases(nlp, text, actor_text, code):
    doc = actor_doc(nlp, text)
    assert code_of(doc, actor_text) == code


def test_it_after_a_speech_verb_is_the_speaker(nlp):
    doc = actor_doc(nlp, "Hezbollah said it had fired drones at a base.")
    its = [m for m in doc._.tacitus_actors if m.text == "it"]
    assert its and its[0].actor.code == "LBNREB"


def test_the_group_prefers_an_armed_group(nlp):
    doc = actor_doc(nlp, "Al-Shabaab attacked a hotel near a UNICEF office. The group later claimed the attack.")
    desc = [m for m in doc._.tacitus_actors if m.rule == "coref:description"]
    assert desc and desc[0].actor.code == "SOMREB"


def test_its_troops_take_the_subject_country(nlp):
    doc = actor_doc(nlp, "The Indian army said its soldiers had repelled an attack.")
    soldiers = [m for m in doc._.tacitus_actors if m.text == "soldiers"]
    assert soldiers and soldiers[0].actor.code == "INDMIL"


def test_leading_family_name_resolves_to_the_person_named_before(code):
    coded = code("North Korean leader Kim Jong Un met the Chinese envoy in Pyongyang on Monday.\n\n"
                 "Kim thanked China for its help. Xi Jinping sent a letter; Xi praised the ties.")
    by_text = {m.text: m.actor for m in coded.mentions if m.actor}
    assert by_text["Kim"].code == "PRKGOV" and by_text["Kim"].rule == "coref:surname"
    assert by_text["Xi"].country == "CHN"


def _every_span_matches(resolver) -> list:
    """KB matches found by trying every span from each token, longest first (the reference the
    pruned scan must equal)."""
    doc, kb = resolver.doc, resolver.kb
    out, i = [], 0
    while i < len(doc):
        if doc[i].is_punct or doc[i].is_space or doc[i].lower_ in ("'s", "’s"):
            i += 1
            continue
        hit = None
        for j in range(min(len(doc), i + kb.max_words + 2), i, -1):
            last = doc[j - 1]
            if last.is_punct or last.is_space or last.lower_ in ("'s", "’s") \
                    or resolver.sent_of[i] != resolver.sent_of[j - 1]:
                continue
            entries = [e for e in kb.index.get(normalize(doc[i:j].text), [])
                       if e.kind != "city" and resolver._plausible(doc[i:j], e)]
            if entries:
                hit = (i, j, entries)
                break
        if hit:
            out.append(hit)
        i = hit[1] if hit else i + 1
    return out


def test_kb_scan_finds_what_trying_every_span_finds(nlp):
    """The scan stops lengthening a span once no KB name begins with its key; glued tokens ("Tu-22M"),
    possessives, hyphens, accents and sentence ends must not change what it finds."""
    text = ("SEOUL, May 2 (Wire) - Kim Jong-un's envoy met Vladimir Putin's aides in Moscow while "
            "U.S.-backed forces and al-Shabaab fighters clashed. Recep Tayyip Erdoğan’s party, the "
            "Washington Post said, backed the North Atlantic Treaty Organization. South\nKorea's "
            "Joint Chiefs of Staff said Hwasong-11 missiles, Tu-22M bombers and the Kremlin's drones were seen.")
    doc = actor_doc(nlp, text)
    resolver = _Resolver(doc, load_kb())
    found = resolver._kb_matches()
    assert len(found) >= 8
    assert found == _every_span_matches(resolver)


def test_possessive_office_takes_the_possessor_country(nlp):
    doc = actor_doc(nlp, "Spanish Prime Minister Pedro Sanchez's office said the summit was postponed.")
    m = by_text(doc)["office"]
    assert (m.actor.code, m.actor.rule) == ("ESPGOV", "agent:noun+possessor")
    assert "'s office" not in by_text(doc)


def test_noun_listed_after_a_named_person_takes_its_own_possessor_country(nlp):
    doc = actor_doc(nlp, "The minister praised Egyptian President Abdel Fattah al-Sisi and Jordan's king for their help.")
    assert code_of(doc, "Abdel Fattah al-Sisi") == "EGYGOV"
    assert code_of(doc, "Jordan's king") == "JORGOV"


def test_group_noun_is_coded_by_the_members_it_names(nlp):
    doc = actor_doc(nlp, "A delegation of Canadian lawmakers toured the port, and a team of Dutch soldiers stayed behind.")
    assert code_of(doc, "delegation of Canadian lawmakers") == "CANLEG"
    assert code_of(doc, "team of Dutch soldiers") == "NLDMIL"
    assert "delegation" not in by_text(doc)


def test_national_military_commands_are_in_the_kb(nlp):
    doc = actor_doc(nlp, "The Southern Theater Command and U.S. Africa Command both issued statements on Sunday.")
    assert code_of(doc, "Southern Theater Command") == "CHNMIL"
    assert code_of(doc, "U.S. Africa Command") == "USAMIL"


def test_office_title_in_the_text_beats_an_ended_kb_role(nlp):
    text = "Iran's foreign ministry spokesman Nasser Kanaani said the talks would continue."
    m = by_text(actor_doc(nlp, text, published=date(2026, 3, 1)))["Nasser Kanaani"]
    assert (m.actor.code, m.actor.rule) == ("IRNGOV", "kb:name+title")
    former = by_text(actor_doc(nlp, "Former spokesman Nasser Kanaani said the talks would continue.",
                               published=date(2026, 3, 1)))["Nasser Kanaani"]
    assert former.actor.sector == "ELI"


def test_abstract_force_is_not_an_actor_and_listed_nouns_share_the_country(nlp):
    doc = actor_doc(nlp, "Officials said they would use force if needed after spotting 20 Russian jets and 4 navy boats.")
    assert "force" not in by_text(doc)
    assert code_of(doc, "navy") == "RUSMIL"


def test_capital_receiving_a_transfer_is_its_government(nlp):
    doc = actor_doc(nlp, "Officials said Minsk had sold artillery shells to Moscow last year.")
    assert code_of(doc, "Moscow") == "RUSGOV"


def test_of_and_from_phrases_give_the_country(nlp):
    doc = actor_doc(nlp, "The council met dissidents from Belarus and exiled leaders of Lebanon's Hezbollah.")
    assert code_of(doc, "dissidents") == "BLROPP"
    hez = by_text(doc)["Hezbollah"].actor.code
    assert code_of(doc, "exiled leaders") == hez


def test_cameo_sectors_for_protesters_students_and_workers(nlp):
    doc = actor_doc(nlp, "Chilean protesters, Peruvian students and Bolivian workers marched together.")
    assert code_of(doc, "Chilean protesters") == "CHLOPP"  # Phoenix DEMONSTRATOR/PROTESTER [~OPP]
    assert code_of(doc, "Peruvian students") == "PEREDU"
    assert code_of(doc, "Bolivian workers") == "BOLLAB"


def test_country_listed_before_a_noun_is_its_own_actor(nlp):
    doc = actor_doc(nlp, "Italian and Greek troops rescued the crew.")
    assert code_of(doc, "Italian") == "ITAMIL"
    assert code_of(doc, "Greek troops") == "GRCMIL"


def test_cabinet_takes_the_recent_country_or_stays_a_bare_government(nlp):
    doc = actor_doc(nlp, "Polish Prime Minister Donald Tusk's office said the cabinet would meet on Monday.")
    assert code_of(doc, "cabinet") == "POLGOV"
    assert code_of(actor_doc(nlp, "The government thanked the donors."), "government") == "---GOV"


def test_country_name_with_odd_casing(nlp):
    assert code_of(actor_doc(nlp, "The envoy wants to help iSrael."), "iSrael") == "ISR"


def test_domestic_sectors_take_the_country_they_are_in(nlp):
    doc = actor_doc(nlp, "Rebels in Mali rejected the offer, while French troops in Mali stayed in their bases.")
    assert code_of(doc, "Rebels") == "MLIREB"
    assert code_of(doc, "French troops") == "FRAMIL"


def test_office_title_gives_the_sector_before_the_kb_term_begins(nlp):
    doc = actor_doc(nlp, "Reporters met President Barack Obama at a lunch.", published=date(2001, 5, 1))
    assert by_text(doc)["Barack Obama"].actor.code == "USAGOV"


def test_a_longer_name_after_the_beats_a_name_with_the(nlp):
    doc = actor_doc(nlp, "Soldiers closed roads in the West Bank on Friday, while the West weighed sanctions.")
    assert code_of(doc, "West Bank") == "PSE"
    assert code_of(doc, "West") == "WST"


def test_an_igo_officer_keeps_the_igo_code_after_a_title(code):
    coded = code("BRUSSELS, March 3, 2022 (Test Wire) - NATO Secretary General Jens Stoltenberg met the Finnish "
                 "foreign minister on Thursday.", published=date(2022, 3, 3))
    stoltenberg = next(m.actor for m in coded.mentions if m.actor is not None and "Stoltenberg" in m.text)
    assert stoltenberg.code == "IGOWSTNAT"

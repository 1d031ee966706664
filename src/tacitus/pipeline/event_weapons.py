"""The weapon of an act picks its code within CAMEO 19, 18 and 20.

CAMEO splits military force by what is used: artillery, tanks, missiles, rockets, shells and
mortars are 194, aircraft and air strikes 195 (drones 1952, precision-guided bombs 1951);
183 is the non-military bombing (1831 a suicide bomber's, 1832 a car bomb's, 1833 a roadside
bomb's) and 2041 the use of chemical, biological or radiological weapons, whatever the verb
("killed", "attacked", "used"). "launched missiles at", "blown up by a missile", "killed in
tank shelling", "an air strike killed", "attacked the town with drones": the weapon sits in
the trigger's object, its instrument or agent phrase, its active subject or, for a nominal
trigger, its own modifiers. The weapon classes are word classes of the lexicon
(`@heavy_weapons`, `@air_weapons`, `@drones`, `@guided_munitions`) that a user file extends.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tacitus.pipeline.event_clauses import objects_of, preps_of, subject_of
from tacitus.pipeline.event_lexicon import Lexicon, word_matches

# The codes a named weapon refines: unspecified force, small-arms fighting (heavy weapons take
# precedence, CAMEO 194 usage notes), heavy-weapon and air attacks (air takes precedence; a
# drone or guided munition is more exact) and a bombing (non-military unless the bomb is a
# missile, a shell or an aircraft's).
REFINED_CODES = {"190", "193", "194", "195", "183", "180"}
# Prepositions whose object is what the act was done with ("with drones", "by a missile",
# "in tank shelling", "using rockets").
INSTRUMENT_PREPS = {"with", "by", "in", "using", "from", "during"}
# Verbs that put a weapon to use in a clause on the trigger ("attacked ..., using drones").
USING_VERBS = {"use", "employ", "deploy", "fire", "launch"}


AERIAL = ("1952", "1951", "195")
# Words of a bombing done without aircraft: its bomb, its bomber, its blast or attack; which of
# them names a suicide, car or roadside bombing depends on the modifiers before it.
BOMBING_HEADS = {"bomb", "bombs", "bomber", "bombers", "bombing", "bombings", "attack", "attacks",
                 "attacker", "attackers", "blast", "blasts", "explosion", "explosions", "device",
                 "devices", "explosive", "explosives", "vest", "vests", "belt", "belts"}
SUICIDE_WORDS = {"suicide"}
VEHICLE_WORDS = {"car", "vehicle", "truck", "lorry", "van", "motorcycle", "motorbike", "tanker"}
ROADSIDE_WORDS = {"roadside", "improvised", "ied", "ieds", "landmine", "landmines", "mine"}
BOMB_WORDS = {"bomb", "bombs", "explosive", "explosives", "ied", "ieds", "device", "devices"}


def _left_modifiers(token: Token) -> list[Token]:
    """The compounds and adjectives before `token`, nested ("suicide car bomber")."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < token.i:
            found.append(child)
            found.extend(_left_modifiers(child))
    return found


def _bombing_class(token: Token) -> str | None:
    """1831, 1832 or 1833 when `token` heads a suicide, car or roadside bombing's phrase
    ("a suicide bomber", "a car bomb", "an improvised explosive device"); else None."""
    lower = token.lower_
    if lower in ("ied", "ieds"):
        return "1833"
    if lower not in BOMBING_HEADS:
        return None
    mods = {m.lower_ for m in _left_modifiers(token)}
    if mods & SUICIDE_WORDS:
        return "1831"
    if lower in ("attack", "attacks", "attacker", "attackers"):
        return None  # "a car attack" is a ramming, not a bombing
    if mods & VEHICLE_WORDS:
        return "1832"
    if mods & ROADSIDE_WORDS and (lower in BOMB_WORDS or mods & BOMB_WORDS):
        return "1833"
    return None


def _weapon_class(lex: Lexicon, token: Token) -> str | None:
    """The code a weapon word names: 2041 a chemical, biological or radiological weapon, 1952
    a drone, 195 an aircraft or air strike (1951 when precision-guided), 194 a heavy weapon,
    1831-1833 a suicide, car or roadside bomb, a bomb by what carried it (183 when nothing
    did); or None."""
    if word_matches(lex, "@unconventional_weapons", token):
        return "2041"
    bombing = _bombing_class(token)
    if bombing is not None:
        return bombing  # "a suicide bomber" is a person, not an aircraft
    mods = [c for c in token.children if c.dep_ in ("amod", "compound")]
    guided = word_matches(lex, "@guided_munitions", token) or any(
        word_matches(lex, "@guided_munitions", c) for c in mods)
    if word_matches(lex, "@drones", token):
        return "1952"
    if word_matches(lex, "@air_weapons", token):
        return "1951" if guided else "195"
    # "a mortar bomb", "artillery shells": a bomb fired from a heavy weapon is that weapon's.
    heavy = word_matches(lex, "@heavy_weapons", token) or (
        word_matches(lex, "@munitions", token) and any(word_matches(lex, "@heavy_weapons", m) for m in mods))
    if heavy or word_matches(lex, "@munitions", token):
        # "missiles fired from warplanes", "bombs dropped by drones": the carrier decides.
        for clause in (c for c in token.children if c.dep_ == "acl"):
            for p, pobj in preps_of(clause):
                carrier = _weapon_class(lex, pobj) if p in ("from", "by") and pobj is not None else None
                if carrier in AERIAL:
                    return "1951" if guided and carrier == "195" else carrier
        if any(c.lower_ in ("air", "aerial", "air-launched", "airborne") for c in mods):
            return "1951" if guided else "195"
        if guided and not heavy:
            return "1951"  # "guided bombs", "precision-guided munitions"
        if heavy:
            return "194"
        return "183" if token.lower_ in BOMB_WORDS else None  # "a bomb exploded at a bus station"
    if token.lower_ in BOMB_WORDS and token.lemma_.lower() != "device" or \
            token.lower_ in ("device", "devices") and {m.lower_ for m in mods} & {"explosive", "incendiary"}:
        return "183"  # "explosives", "an explosive device"
    return None


def _candidates(trigger: Token) -> Iterator[Token]:
    """Tokens that may name the weapon of the act `trigger` tells."""
    yield trigger
    for child in trigger.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < trigger.i:
            yield child  # "missile attack", "tank shelling", "aerial bombardment"
    if trigger.pos_ in ("VERB", "AUX"):
        if _wields_object(trigger):
            for obj in objects_of(trigger):  # "launched missiles at" (not "shot down drones": a target)
                yield obj
                if obj.lemma_.lower() in FIRE_NOUNS:  # "traded artillery and rocket fire"
                    for mod in _left_modifiers(obj):
                        yield mod
                        yield from mod.conjuncts
        subj, passive = subject_of(trigger)
        if subj is not None and not passive:
            yield subj  # "Russian missiles struck Kyiv", "warplanes bombed the town"
            for clause in (c for c in subj.children if c.dep_ == "acl" and c.lemma_.lower() in USING_VERBS):
                yield from objects_of(clause)  # "aircraft using precision-guided missiles killed ..."
        for child in trigger.children:
            if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in USING_VERBS:
                yield from objects_of(child)  # "attacked the convoy, using drones"
        if subj is None and trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.head.pos_ == "VERB":
            # "a car bomb exploded near the station, killing six": what went off killed them
            head_subj, head_passive = subject_of(trigger.head)
            if head_subj is not None and not head_passive:
                yield head_subj
    if trigger.dep_ in ("advcl", "xcomp") and trigger.head.lemma_.lower() in SENDING_VERBS:
        yield from objects_of(trigger.head)  # "sent F-16 jets to strike the posts": the jets struck
    for p, pobj in preps_of(trigger):
        if p in INSTRUMENT_PREPS and pobj is not None:
            yield pobj  # "with rockets", "by a surface-to-air missile", "in an air strike"
            yield from (c for c in pobj.children if c.dep_ in ("compound", "amod") and c.i < pobj.i)
            if pobj.lemma_.lower() in FIRE_NOUNS:  # "responded with 155mm howitzer fire"
                yield from _left_modifiers(pobj)


# Verbs whose object is the weapon used ("fired rockets", "dropped bombs"); other verbs' objects
# are what was hit ("destroyed two tanks", "shot down a helicopter").
WIELDING_VERBS = USING_VERBS | {"drop", "lob", "hurl", "unleash", "rain", "shoot", "detonate", "explode",
                                "plant", "throw", "set", "send", "trade", "exchange"}
SENDING_VERBS = {"send", "deploy", "dispatch", "scramble"}
# Nouns of fire whose modifiers name the weapon ("artillery fire", "rocket barrages").
FIRE_NOUNS = {"fire", "gunfire", "barrage", "salvo", "shot"}


def _wields_object(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return False
    return lemma in WIELDING_VERBS


PRECEDENCE = ("2041", "1952", "1951", "195", "194", "1831", "1832", "1833", "183")


def weapon_code(lex: Lexicon, trigger: Token, code: str) -> tuple[str, str] | None:
    """The code the act's weapon gives (and the weapon word), when it refines `code`."""
    if code not in REFINED_CODES:
        return None
    found: dict[str, str] = {}
    guided = False
    for token in _candidates(trigger):
        cls = _weapon_class(lex, token)
        if cls is not None:
            found.setdefault(cls, token.text)
            guided = guided or word_matches(lex, "@guided_munitions", token) or any(
                c.dep_ in ("amod", "compound") and word_matches(lex, "@guided_munitions", c) for c in token.children)
    best = next((cls for cls in PRECEDENCE if cls in found), None)
    if best == "195" and guided:
        best, found["1951"] = "1951", found["195"]  # "aircraft using precision-guided missiles"
    if best is None or best == code or (code == "195" and best == "194"):
        return None  # an air strike with missiles is still an air strike
    return best, found[best]


# Who bombs from the air: a state or its armed forces ("the army bombed markets", "Israel bombed
# Gaza"); rebels, militants and unnamed gunmen set bombs (183).
STATE_SECTORS = {None, "", "GOV", "MIL"}
BOMBING_LEMMAS = {"bomb", "bombing"}


def state_bombing(trigger: Token, code: str, source, by_weapon: bool = False) -> bool:
    """Is a bombing (183, "non-military") done by a state or its forces, so an air attack (195)?
    `by_weapon`: the code came from a plain bomb named in the clause ("Israeli bombs killed ...")."""
    return code == "183" and (by_weapon or trigger.lemma_.lower() in BOMBING_LEMMAS) and bool(source) and all(
        a.sector == "MIL" or (a.country and a.sector in STATE_SECTORS) for a in source)

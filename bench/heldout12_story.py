"""Loss narratives and loss places for held-out corpus 12, one pool per incident type."""

from __future__ import annotations

from bench.heldout12_kit import Case

MOTOR = ("collision", "theft", "glass", "vandalism", "weather", "fire")
PROPERTY = ("water_damage", "fire", "weather", "theft", "vandalism", "other")

_MOTOR = {
    "collision": [
        (
            "While I was stopped at a red light, a pickup truck failed to brake and struck the "
            "rear of my {car}. The rear bumper, tailgate and both tail lamps were damaged."
        ),
        (
            "I was turning left on a green arrow when an oncoming vehicle ran the light and hit "
            "the front passenger side of my {car}. The wing, wheel and suspension took the impact."
        ),
        (
            "A van reversing out of a driveway backed into the driver's door of my parked {car}. "
            "The door is dented inward and no longer closes properly."
        ),
    ],
    "theft": [
        (
            "My {car} was taken overnight from outside the address shown. I found broken glass "
            "where it had been parked and the car has not been recovered."
        ),
        (
            "Someone forced the driver's door of my {car} and stole the stereo, a laptop bag and "
            "the spare key from the glovebox. The car itself was left behind."
        ),
    ],
    "glass": [
        (
            "A stone thrown up by a gravel truck hit the windscreen of my {car} on the highway. "
            "The chip spread into a crack across the driver's line of sight."
        ),
        (
            "The rear window of my {car} shattered for no visible reason while parked in the sun. "
            "No one was hurt and nothing was taken."
        ),
    ],
    "vandalism": [
        (
            "Overnight someone scratched a deep line along both sides of my {car} and slashed two "
            "tyres. Neighbours reported hearing people in the street around 2 am."
        ),
        (
            "My {car} was spray painted and the wing mirrors were snapped off while it was parked "
            "on the street. Nothing was taken from inside."
        ),
    ],
    "weather": [
        (
            "A severe hailstorm passed over while my {car} was parked outdoors. The roof, bonnet "
            "and boot lid are covered in dents and the sunroof glass cracked."
        ),
        (
            "High winds brought down a tree branch onto my parked {car}, crushing the roof above "
            "the rear seats and breaking the back window."
        ),
    ],
    "fire": [
        (
            "Smoke started coming from under the bonnet of my {car} while driving. I pulled over "
            "and within minutes the engine bay was on fire; the fire brigade put it out."
        ),
    ],
}
_PROPERTY = {
    "water_damage": [
        (
            "A supply pipe under the kitchen sink burst while we were at work. Water ran for "
            "several hours and soaked the kitchen floor, the lower cabinets and the hallway carpet."
        ),
        (
            "The hot water cylinder in the upstairs airing cupboard failed and leaked through the "
            "ceiling into the living room below, bringing down part of the plaster."
        ),
    ],
    "fire": [
        (
            "A pan of oil caught fire on the stove. The flames spread to the extractor hood and "
            "cabinets before we put it out; smoke damaged the kitchen and dining room."
        ),
        (
            "An electrical fault in the garage started a fire that destroyed the workbench and "
            "tools and blackened the wall shared with the laundry."
        ),
    ],
    "weather": [
        (
            "During the storm strong winds lifted a section of roof tiles and rain came into the "
            "main bedroom, staining the ceiling and ruining the carpet and a mattress."
        ),
        (
            "A hailstorm smashed two skylights and dented the gutters. Rain then entered through "
            "the broken skylights and damaged the flooring in the lounge."
        ),
    ],
    "theft": [
        (
            "While we were away for the weekend someone forced the back door and took a "
            "television, a laptop, jewellery and a bicycle from the garage."
        ),
    ],
    "vandalism": [
        (
            "Vandals threw bricks through the front windows and sprayed graffiti on the garage "
            "door and fence overnight. The front door lock was also damaged."
        ),
    ],
    "other": [
        (
            "My laptop fell from the desk when the cable caught on a chair. The screen and hinge "
            "broke and the repair shop says it cannot be fixed economically."
        ),
        (
            "While moving furniture we knocked over a display cabinet; the glass doors and several "
            "pieces of china inside were broken."
        ),
    ],
}
_PEOPLE = {
    "injury": [
        (
            "our client was walking through the entrance of your insured's supermarket when she "
            "slipped on an unmarked wet floor, fell heavily and fractured her left wrist."
        ),
        (
            "our client was a passenger on a bus operated by your insured when the driver braked "
            "sharply; he was thrown against a handrail and suffered broken ribs."
        ),
    ],
    "liability": [
        (
            "a tree on your insured's property fell across the boundary fence during calm weather "
            "and crushed our client's garden shed and greenhouse; the tree had been dead for years."
        ),
        (
            "contractors engaged by your insured cut through the shared wall of the adjoining "
            "building, causing cracks in our client's plaster and damaging her stored furniture."
        ),
    ],
}
LANDMARKS = [
    "the Shell service station",
    "the public library",
    "Central Station",
    "the shopping centre car park",
    "the school crossing",
    "the retail park",
]


def describe(c: Case, kind: str, car: str | None) -> str:
    """A narrative for an incident of `kind`; `car` names the vehicle when it is a motor loss."""
    if kind in _PEOPLE:
        text = c.rng.choice(_PEOPLE[kind])
    elif car:
        text = c.rng.choice(_MOTOR[kind]).format(car=car)
    else:
        text = c.rng.choice(_PROPERTY[kind])
    text = " ".join(text.split())
    return text[0].upper() + text[1:]


def road_place(c: Case) -> str:
    """Where a road loss happened, printed on one line."""
    a, b = c.rng.sample(c.streets(), 2)
    city, region = c.city[0], c.city[1]
    where = f"{city}, {region}" if region and c.locale != "EU" else city
    return c.rng.choice(
        [
            f"{a} at {b}, {where}",
            f"{a} near {c.rng.choice(LANDMARKS)}, {where}",
            f"{c.rng.randrange(3, 200)} {a}, {where}",
        ]
    )
